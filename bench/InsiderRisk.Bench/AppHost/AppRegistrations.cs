using InsiderRisk.Functions.Admin;
using InsiderRisk.Functions.Alerts;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.CaseEvents;
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
using InsiderRisk.Functions.Risk.IdentityFeedback;
using InsiderRisk.Functions.Sweeper;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Functions.Users;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.AppHost;

/// <summary>
/// The service registrations of <c>functions/InsiderRisk.Functions/Program.cs</c>, the same calls in the
/// same order, so the bench resolves exactly the services the app runs. A test compares the names
/// with Program.cs, so a registration added there and not here fails the bench's build check.
/// </summary>
public static class AppRegistrations
{
    public static IReadOnlyList<(string Name, Action<IServiceCollection> Register)> Steps { get; } =
    [
        ("AddInsiderRiskOptions", services => services.AddInsiderRiskOptions()),
        ("AddProblemResponses", services => services.AddProblemResponses()),
        ("AddIdentityAuthentication", services => services.AddIdentityAuthentication()),
        ("AddInsiderRiskPlatform", services => services.AddInsiderRiskPlatform()),
        ("AddTelemetry", services => services.AddTelemetry()),
        ("AddHealth", services => services.AddHealth()),
        ("AddLocalRun", services => services.AddLocalRun()),
        ("AddCaseEffects", services => services.AddCaseEffects()),
        ("AddSweeper", services => services.AddSweeper()),
        ("AddDemo", services => services.AddDemo([])),
        ("AddAlerts", services => services.AddAlerts()),
        ("AddRisk", services => services.AddRisk()),
        ("AddUsers", services => services.AddUsers()),
        ("AddAdmin", services => services.AddAdmin()),
        ("AddCases", services => services.AddCases()),
        ("AddDashboard", services => services.AddDashboard()),
        ("AddCaseEvents", services => services.AddCaseEvents()),
        ("AddIdentityFeedback", services => services.AddIdentityFeedback()),
    ];

    public static IServiceCollection AddInsiderRiskApp(this IServiceCollection services)
    {
        foreach (var (_, register) in Steps)
        {
            register(services);
        }

        return services;
    }
}
