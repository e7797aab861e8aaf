namespace InsiderRisk.Domain.Privacy;

/// <summary>
/// One user may arrive as " Alex@Contoso.com" from one pipeline and "alex@contoso.com" from another:
/// UPNs and object ids are case-insensitive, so both name the same person everywhere we compare or hash.
/// </summary>
public static class UserIds
{
    public static string Normalize(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return userId.Trim().ToLowerInvariant();
    }

    public static bool AreSame(string? left, string? right) =>
        left is not null && right is not null && Normalize(left) == Normalize(right);
}
