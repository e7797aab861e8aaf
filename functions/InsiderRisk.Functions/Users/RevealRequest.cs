namespace InsiderRisk.Functions.Users;

/// <summary><c>POST /api/users/{userId}/reveal</c>: why the identity is needed (1–500 characters, kept in the audit log).</summary>
public sealed record RevealRequest(string? Reason)
{
    public const int MaxReasonLength = 500;
}
