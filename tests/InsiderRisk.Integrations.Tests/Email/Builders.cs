using System.Collections.Immutable;
using Azure.Core.Pipeline;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Email;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>Emails, invocations and fast client options for the fake ACS.</summary>
internal static class Builders
{
    public const string Sender = "DoNotReply@contoso.com";
    public const string UserEmail = "megan.bowen@contoso.com";
    public const string TemplateName = "Policy reminder";

    public static readonly CaseId TheCaseId = new("IR-7");
    public static readonly EffectId TheEffectId = new("IR-7-fx00000004");
    public static readonly UserPseudonym User = new("User-7Q4K2M");

    public static UserIdentity RealUser { get; } =
        new("megan-id", "Megan Bowen", UserEmail, "Finance", "Alex Wilber", "alex.wilber@contoso.com");

    public static OutgoingEmail Message() => new(
        Sender,
        [new EmailRecipient(UserEmail, "Megan Bowen")],
        [new EmailRecipient("manager@contoso.com")],
        [new EmailRecipient("audit@contoso.com")],
        "About your recent activity",
        "Hello Megan,\nplease review the policy.",
        "<p>Hello Megan,</p>");

    /// <summary>Tiny delays so retries and polls run in milliseconds.</summary>
    public static AcsEmailClientOptions FastOptions(int maxRetries = 2)
    {
        var options = new AcsEmailClientOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(10),
            MaxPollDuration = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromSeconds(30),
        };
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }

    public static AcsEmailClient HmacClient(FakeAcsServer server, AcsEmailClientOptions? options = null) =>
        new(AcsEmailConnection.FromConnectionString(server.ConnectionString), options ?? FastOptions());

    public static AcsEmailClient EntraClient(FakeAcsServer server, FakeTokenCredential credential)
    {
        var options = FastOptions();
        options.Transport = new HttpClientTransport(new HttpClient(new LoopbackRedirectHandler(server.Endpoint)));
        return new AcsEmailClient(AcsEmailConnection.FromEndpoint("https://contoso-acs.communication.azure.com", credential), options);
    }

    public static EffectCaseContext CaseContext(UserIdentity? realUser = null) => new(
        "Exfiltration before resignation", User, realUser, ["Data leaks", "Departing users"], "Contoso", new Uri("https://insiderrisk.contoso.com/cases/IR-7"));

    public static EffectInvocation Invocation(EffectPayload payload, UserIdentity? realUser = null, int attempt = 1) =>
        new(TheCaseId, TheEffectId, attempt, payload, CaseContext(realUser));

    public static EffectPayload.SendNotice Notice() => new(
        User, TemplateName, Sender, "Hello {{userDisplayName}}", "Dear {{userDisplayName}}, see {{policyNames}}.", ["manager@contoso.com"], []);

    public static EffectPayload.ShareByEmail Share(string recipient = "hr@contoso.com") => new(recipient, "Exfiltration before resignation", User);

    public static EffectPayload.SendReminder Reminder(params string[] recipients) =>
        new([.. recipients], "Exfiltration before resignation", new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero));

    public static string[] Addresses(System.Text.Json.JsonElement email, string list) =>
        email.GetProperty("recipients").TryGetProperty(list, out var addresses)
            ? [.. addresses.EnumerateArray().Select(a => a.GetProperty("address").GetString()!)]
            : [];
}
