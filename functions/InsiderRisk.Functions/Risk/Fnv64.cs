namespace InsiderRisk.Functions.Risk;

/// <summary>FNV-1a, 64 bits: a version stamp that is the same in every process (unlike <see cref="HashCode"/>).</summary>
internal static class Fnv64
{
    public static long Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ulong hash = 14695981039346656037;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return unchecked((long)hash);
    }
}
