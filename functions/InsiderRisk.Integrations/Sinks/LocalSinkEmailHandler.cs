using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Notices;
using InsiderRisk.Storage;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>
/// Serves an email effect when ACS is not configured: composes the same email, keeps it in the sink
/// (one row per effect) and succeeds, saying so in the detail.
/// </summary>
public sealed class LocalSinkEmailHandler(IEmailComposer composer, ISentMessageSink sink, TimeProvider time) : IEffectHandler
{
    public const string ChannelName = "local-sink";

    public EffectKind Kind => composer.Kind;

    public string Channel => ChannelName;

    public async Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var composition = composer.Compose(invocation);
        if (composition is not EmailComposition.Ready ready)
        {
            return new EffectOutcome.Failed(((EmailComposition.Refused)composition).Error, Permanent: true);
        }

        var email = ready.Email;
        var message = new SentMessage(
            invocation.CaseId,
            invocation.EffectId,
            Kind,
            email.Sender,
            [.. email.To.Select(r => r.Address)],
            [.. email.Cc.Select(r => r.Address)],
            [.. email.Bcc.Select(r => r.Address)],
            email.Subject,
            email.PlainText,
            time.GetUtcNow());
        try
        {
            await sink.RecordAsync(message, cancellationToken);
        }
        catch (StorageException e)
        {
            return new EffectOutcome.Failed($"local sink: {e.Message}", Permanent: e.Kind == StorageErrorKind.InvalidInput);
        }

        return new EffectOutcome.Succeeded(ready.Result, $"local sink: {ready.Description} recorded, not sent (email is not configured)");
    }
}
