using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Domain.Access;

/// <summary>
/// The case a request targets and who was explicitly added to it. Analysts and Investigators need not
/// be listed: their roles already make them contributors of every case.
/// </summary>
public sealed record CaseAccess(CaseId CaseId, IReadOnlyCollection<string> Contributors)
{
    public bool Lists(string userId) =>
        !string.IsNullOrWhiteSpace(userId) && Contributors.Any(contributor => UserIds.AreSame(contributor, userId));
}
