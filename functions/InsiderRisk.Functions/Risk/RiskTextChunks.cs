using System.Globalization;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// JSON longer than one string property holds (64 KiB = 32,768 UTF-16 chars) kept across numbered
/// properties <c>{prefix}0…</c> with <c>{prefix}Chunks</c> = n. Chunks never split a surrogate pair.
/// </summary>
internal static class RiskTextChunks
{
    public const int ChunkChars = 32_000;

    public static void Write(TableEntity row, string prefix, string text)
    {
        var count = 0;
        for (var start = 0; start < text.Length; count++)
        {
            var length = Math.Min(ChunkChars, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            row[Name(prefix, count)] = text.Substring(start, length);
            start += length;
        }

        row[prefix + "Chunks"] = count;
    }

    public static string? Read(TableEntity row, string prefix)
    {
        if (row.GetInt32(prefix + "Chunks") is not { } count)
        {
            return null;
        }

        return string.Concat(Enumerable.Range(0, count).Select(i => row.GetString(Name(prefix, i)) ?? string.Empty));
    }

    private static string Name(string prefix, int index) => prefix + index.ToString(CultureInfo.InvariantCulture);
}
