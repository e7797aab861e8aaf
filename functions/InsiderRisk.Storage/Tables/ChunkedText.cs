
namespace InsiderRisk.Storage.Tables;

/// <summary>
/// Text longer than one string property holds (64 KiB = 32,768 UTF-16 chars) kept across several:
/// <c>{prefix}Chunks</c> = n, then <c>{prefix}0</c> … <c>{prefix}{n-1}</c>. A chunk never ends inside a
/// surrogate pair, so every chunk is valid UTF-16 on the wire.
/// </summary>
public static class ChunkedText
{
    public const int ChunkChars = 32_000;

    /// <summary>15 chunks (under 1 MiB of UTF-16) leave room in the entity for keys and the other properties.</summary>
    public const int MaxChunks = 15;

    public static void Write(TableEntity entity, string prefix, string text, string what)
    {
        var chunks = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(ChunkChars, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            chunks.Add(text.Substring(start, length));
            start += length;
        }

        if (chunks.Count > MaxChunks)
        {
            throw new StorageException(
                StorageErrorKind.InvalidInput,
                $"{what} is {text.Length} characters; one row holds at most {MaxChunks * ChunkChars}.");
        }

        entity[prefix + "Chunks"] = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = chunks[i];
        }
    }

    public static string Read(TableEntity entity, string prefix)
    {
        var count = entity.GetInt32(prefix + "Chunks") ?? 0;
        return string.Concat(Enumerable.Range(0, count).Select(i =>
            entity.GetString(prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new StorageException(StorageErrorKind.Other, $"Row {entity.PartitionKey}/{entity.RowKey} misses chunk {prefix}{i}.")));
    }
}
