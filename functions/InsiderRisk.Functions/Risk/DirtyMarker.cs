using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// "This user's inputs changed at <paramref name="MarkedAt"/>". <paramref name="ETag"/> is what makes
/// clearing safe: a marker rewritten after the scorer read its inputs has a new ETag and survives.
/// </summary>
public sealed record DirtyMarker(UserPseudonym User, DateTimeOffset MarkedAt, string ETag);
