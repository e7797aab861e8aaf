using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// A reservation of an alert by one triage request: <see cref="Target"/> names what the request does
/// (<c>confirm-new:…</c>, <c>confirm-case:…</c>, <c>dismiss:…</c>) so a retry recognises its own claim;
/// <see cref="CaseId"/> is the case a confirm will put it in; <see cref="Nonce"/> names the one request
/// holding it, so a request gives back only its own claims.
/// </summary>
public sealed record TriageClaim(string Target, CaseId? CaseId, DateTimeOffset At, string Nonce)
{
    /// <summary>A request that held a claim this long has crashed or given up; its claim may be taken over.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public bool IsLive(DateTimeOffset now) => now - At < Lifetime;
}
