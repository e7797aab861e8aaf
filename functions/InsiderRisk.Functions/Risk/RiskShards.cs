using System.Globalization;
using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// The partition a user's risk rows live in: <c>s00</c>…<c>s63</c> by FNV-1a of the pseudonym. Stable
/// across processes and versions (never <see cref="string.GetHashCode()"/>), so a run walking shard by
/// shard finds every user exactly where the writers put them.
/// </summary>
public static class RiskShards
{
    public const int Count = 64;

    public static IReadOnlyList<string> All { get; } =
        [.. Enumerable.Range(0, Count).Select(Name)];

    public static string For(UserPseudonym user)
    {
        ArgumentException.ThrowIfNullOrEmpty(user.Value);
        uint hash = 2166136261;
        foreach (char c in user.Value)
        {
            hash = (hash ^ c) * 16777619;
        }

        return Name((int)(hash % Count));
    }

    public static string Name(int index) => "s" + index.ToString("D2", CultureInfo.InvariantCulture);
}
