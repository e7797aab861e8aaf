using InsiderRisk.Domain.Access;

namespace InsiderRisk.Functions.Authentication;

/// <summary>Role names as callers write them: the exact names, any case; numbers are not names.</summary>
public static class RoleNames
{
    public static bool TryParse(string? text, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
