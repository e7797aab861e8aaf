using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Email;

namespace InsiderRisk.Integrations.Notices;

/// <summary>What a composer made of an effect: an email to send, or why there is none.</summary>
public abstract record EmailComposition
{
    private EmailComposition()
    {
    }

    /// <summary>
    /// <paramref name="Description"/> says what is sent to whom for the effects view: pseudonyms and
    /// template names, never the user's real address.
    /// </summary>
    public sealed record Ready(OutgoingEmail Email, EffectResult Result, string Description) : EmailComposition;

    /// <summary>No email can be made (no address on record, a template that does not render): a permanent failure.</summary>
    public sealed record Refused(string Error) : EmailComposition;
}
