using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Notices;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// Sends one kind of email effect through ACS. The operation id comes from the effect id, so a second
/// attempt after a lost answer finds the first send rather than making another.
/// </summary>
public sealed class AcsEmailEffectHandler(IEmailComposer composer, AcsEmailClient client) : IEffectHandler
{
    public const string ChannelName = "acs";

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

        var operationId = OperationIds.ForEffect(invocation.EffectId);
        return await client.SendAsync(ready.Email, operationId, cancellationToken) switch
        {
            EmailSendResult.Sent sent => new EffectOutcome.Succeeded(
                ready.Result,
                $"{ready.Description} sent by ACS Email (operation {sent.OperationId}{(sent.WasAlreadySent ? ", sent by an earlier attempt" : string.Empty)})"),
            EmailSendResult.Rejected rejected => new EffectOutcome.Failed(rejected.Error, Permanent: true),
            EmailSendResult.Deferred deferred => new EffectOutcome.Failed(deferred.Error, Permanent: false, deferred.RetryAfter),
            var other => new EffectOutcome.Failed($"Unexpected send result {other.GetType().Name}.", Permanent: false),
        };
    }
}
