using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Email;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage.Sqlite;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Integrations.Tests.Email;

public sealed class EmailEffectHandlersTests : IDisposable
{
    private static readonly EffectKind[] EmailKinds = [EffectKind.SendNotice, EffectKind.ShareByEmail, EffectKind.SendReminder];

    private readonly SqliteDatabase database = SqliteDatabase.OpenInMemory(nameof(EmailEffectHandlersTests) + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Without_email_settings_every_email_kind_goes_to_the_local_sink()
    {
        var handlers = EmailEffectHandlers.Create(_ => null, Sink());

        Assert.Equal(EmailKinds, handlers.Select(h => h.Kind));
        Assert.All(handlers, h => Assert.Equal("local-sink", h.Channel));
    }

    [Fact]
    public void With_a_connection_string_every_email_kind_goes_to_ACS()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Email__ConnectionString"] = "endpoint=https://contoso.communication.azure.com/;accesskey=a2V5",
            ["Email__Sender"] = "DoNotReply@contoso.com",
        };

        var handlers = EmailEffectHandlers.Create(settings.GetValueOrDefault, Sink(), credential: () => throw new InvalidOperationException("no credential needed"));

        Assert.Equal(EmailKinds, handlers.Select(h => h.Kind));
        Assert.All(handlers, h => Assert.Equal("acs", h.Channel));
    }

    [Fact]
    public void With_only_an_endpoint_ACS_is_reached_with_the_credential()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Email:Endpoint"] = "https://contoso.communication.azure.com",
            ["Email:Sender"] = "DoNotReply@contoso.com",
        };
        var credential = new FakeTokenCredential("t");

        var handlers = EmailEffectHandlers.Create(settings.GetValueOrDefault, Sink(), credential: () => credential);

        Assert.All(handlers, h => Assert.Equal("acs", h.Channel));
    }

    [Fact]
    public void ACS_without_a_sender_address_is_refused_at_startup()
    {
        var settings = new Dictionary<string, string?> { ["Email__Endpoint"] = "https://contoso.communication.azure.com" };

        var error = Assert.Throws<EmailConfigurationException>(
            () => EmailEffectHandlers.Create(settings.GetValueOrDefault, Sink(), credential: () => new FakeTokenCredential("t")));

        Assert.Contains("Email__Sender", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();

    private TableSentMessageStore Sink() => new(new SqliteTableStore(database));
}
