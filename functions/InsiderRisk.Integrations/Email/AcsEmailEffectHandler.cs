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
            EmailSendResult.Rejected rejected => new EffectOutcome.Failed(Scrub(rejected.Error, ready), Permanent: true),
            EmailSendResult.Deferred deferred => new EffectOutcome.Failed(Scrub(deferred.Error, ready), Permanent: false, deferred.RetryAfter),
            var other => new EffectOutcome.Failed($"Unexpected send result {other.GetType().Name}.", Permanent: false),
        };
    }

    /// <summary>
    /// The service's error text may quote recipients; the user's real address must not reach the
    /// effects view, so a notice's error names the user by pseudonym instead.
    /// </summary>
    private static string Scrub(string error, EmailComposition.Ready ready) =>
        ready.Result is EffectResult.NoticeDelivered notice
            ? ready.Email.To.Aggregate(error, (text, to) => text.Replace(to.Address, notice.Recipient.Value, StringComparison.OrdinalIgnoreCase))
            : error;
}
