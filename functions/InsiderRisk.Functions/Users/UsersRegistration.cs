namespace InsiderRisk.Functions.Users;

public static class UsersRegistration
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddSingleton<RiskUsers>();
        return services;
    }
}
