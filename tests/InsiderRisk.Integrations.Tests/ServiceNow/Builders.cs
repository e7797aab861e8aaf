using System.Collections.Immutable;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.ServiceNow;
using InsiderRisk.Integrations.Tests.Graph;

namespace InsiderRisk.Integrations.Tests.ServiceNow;

internal static class Builders
{
    public const string CaseId = "IR-42";
    public const string EffectId = "IR-42-fx00000009";
    public const string Pseudonym = "User-7Q4K2M9XAB";
    public const string RealUser = "megan.bowen@contoso.com";
    public const string Password = "pa:ss-wörd";

    public static EffectInvocation Invocation(EffectPayload payload, int attempt = 1, string effectId = EffectId, Uri? caseLink = null) =>
        new(
            new CaseId(CaseId),
            new EffectId(effectId),
            attempt,
            payload,
            new EffectCaseContext(
                "Data exfiltration review",
                new UserPseudonym(Pseudonym),
                new UserIdentity(RealUser, "Megan Bowen", RealUser, "Finance", "Alex Wilber", "alex.wilber@contoso.com"),
                ImmutableArray.Create("Data leaks"),
                "Contoso",
                caseLink));

    public static EffectPayload.CreateIncident CreateIncident(Severity severity = Severity.High, int alerts = 3) =>
        new("Data exfiltration review", new UserPseudonym(Pseudonym), severity, alerts);

    public static ServiceNowSettings Settings(FakeServiceNow fake, string? token = null, TimeSpan? timeout = null) => new()
    {
        InstanceUrl = fake.Server.BaseUri,
        Username = token is null ? "svc-insiderrisk" : null,
        Password = token is null ? Password : null,
        Token = token,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    public static ServiceNowIncidentHandler Handler(ServiceNowSettings settings, LogRecorder logs) =>
        new(new ServiceNowClient(new HttpClient { Timeout = settings.Timeout }, settings, TimeProvider.System), settings, logs.For<ServiceNowIncidentHandler>());
}
