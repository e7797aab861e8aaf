using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Risk.IdentityFeedback;

/// <summary>
/// One call to Entra ID Protection still to make for a user. <see cref="Reference"/> makes it unique and
/// repeatable: the case id of a ConfirmedPolicyViolation resolution, or the dismissal's time (ticks).
/// </summary>
public sealed record PendingIdentityFeedback(
    UserPseudonym User,
    IdentityFeedbackAction Action,
    string Reference,
    DateTimeOffset RequestedAt,
    int Attempts = 0,
    string? LastError = null,
    DateTimeOffset? NextAttemptAt = null)
{
    /// <summary>The row key of the request under its user: <c>{action}-{reference}</c>.</summary>
    public string Key => $"{Action}-{Reference}";

    public bool IsDue(DateTimeOffset now) => NextAttemptAt is not { } next || next <= now;
}
