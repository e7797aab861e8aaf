namespace InsiderRisk.Functions.Dashboard;

public static class DashboardServices
{
    /// <summary>The dashboard read side; requires an <see cref="IAlertBacklog"/> from the Alerts area (checked at startup).</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton<DashboardCases>();
        services.AddHostedService<AlertBacklogRequirement>();
        return services;
    }
}
