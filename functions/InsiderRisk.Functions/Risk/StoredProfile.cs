using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Risk;

/// <summary>A user's feedback profile as read, with the ETag a write must match (null when none is stored yet).</summary>
public sealed record StoredProfile(UserRiskProfile Profile, string? ETag)
{
    public bool Exists => ETag is not null;
}
