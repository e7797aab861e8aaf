using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Tests.Dashboard;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>
/// The app on a fresh data directory, shared by a test class; each test opens its own cases (unique
/// ids), so tests that need the whole queue to themselves start their own.
/// </summary>
public class ApiWithCases : IDisposable
{
    public ApiWithCases()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>
    /// Case tests never read the alert backlog; where the Alerts area's is not registered (it lives in
    /// another area), an empty one lets the app start.
    /// </summary>
    protected ApiWithCases(IReadOnlyDictionary<string, string?> settings)
        : this(new ApiFactory(settings, WithBacklog))
    {
    }

    private ApiWithCases(ApiFactory factory)
    {
        Factory = factory;
    }

    public ApiFactory Factory { get; }

    /// <summary>The same app on an Azurite the test class started (tables shared: use unique names and times).</summary>
    public static ApiWithCases OnAzurite(AzuriteServer azurite) => new(ApiFactory.OnAzurite(azurite, services: WithBacklog));

    public ICaseCommands Commands => Factory.Services.GetRequiredService<ICaseCommands>();

    public UserPseudonym User(string rawUserId = InvestigatedUser) =>
        Factory.Services.GetRequiredService<IUserDirectory>().Pseudonymize(rawUserId);

    public HttpClient Analyst() => Factory.ClientAs(AnalystId, Role.Analyst);

    public HttpClient Investigator() => Factory.ClientAs(InvestigatorId, Role.Investigator);

    public HttpClient As(string userId, params Role[] roles) => Factory.ClientAs(userId, roles);

    /// <summary>Opens a case through the command path, as triage will.</summary>
    public async Task<CaseState> OpenCaseAsync(
        string name = "Exfiltration review",
        DateTimeOffset? at = null,
        string by = AnalystId,
        Severity severity = Severity.High,
        CaseId? caseId = null)
    {
        var id = caseId ?? NewCaseId();
        var result = await Commands.ExecuteAsync(Open(id, User(), name, at, by, Alert($"{id.Value}-a1", severity)));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.State!;
    }

    public async Task<CaseState> RunAsync(CaseCommand command)
    {
        var result = await Commands.ExecuteAsync(command);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.State!;
    }

    public async Task<CaseState> StateAsync(CaseId caseId) =>
        await Commands.LoadAsync(caseId) ?? throw new InvalidOperationException($"Case {caseId} does not exist.");

    private static void WithBacklog(IServiceCollection services) =>
        services.TryAddSingleton<IAlertBacklog>(new FixedAlertBacklog(SeverityCounts.None));

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Factory.Dispose();
        }
    }
}
