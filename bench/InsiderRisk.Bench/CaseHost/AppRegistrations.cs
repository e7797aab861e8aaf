using InsiderRisk.Functions.Admin;
using InsiderRisk.Functions.Alerts;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Demo;
using InsiderRisk.Functions.Effects;
using InsiderRisk.Functions.Health;
using InsiderRisk.Functions.LocalRun;
using InsiderRisk.Functions.Platform;
using InsiderRisk.Functions.Problems;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Functions.Sweeper;
using InsiderRisk.Functions.Users;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.CaseHost;

/// <summary>The service registrations of the app's <c>Program.cs</c>, in its order (the HTTP pipeline is left out).</summary>
public static class AppRegistrations
{
    public static IServiceCollection AddTo(IServiceCollection services)
    {
        services.AddInsiderRiskOptions();
        services.AddProblemResponses();
        services.AddIdentityAuthentication();
        services.AddInsiderRiskPlatform();
        services.AddHealth();
        services.AddLocalRun();
        services.AddCaseEffects();
        services.AddSweeper();
        services.AddDemo([]);
        services.AddAlerts();
        services.AddRisk();
        services.AddUsers();
        services.AddAdmin();
        services.AddCases();
        services.AddDashboard();
        return services;
    }
}
