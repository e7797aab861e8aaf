using System.Globalization;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// A message body across string properties (<c>Body0</c>…, count in <c>BodyChunks</c>): one property holds
/// 32 K characters, and a CaseOpened with many alerts is larger. A chunk never splits a surrogate pair.
/// </summary>
internal static class BodyChunks
{
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 30;

    public static void Write(TableEntity entity, string body)
    {
        var count = 0;
        for (var start = 0; start < body.Length; count++)
        {
            var length = Math.Min(ChunkChars, body.Length - start);
            if (start + length < body.Length && char.IsHighSurrogate(body[start + length - 1]))
            {
                length--;
            }

            if (count == MaxChunks)
            {
                throw new StorageException(StorageErrorKind.InvalidInput, $"A case event body of {body.Length} characters is over what one row holds.");
            }

            entity[Name(count)] = body.Substring(start, length);
            start += length;
        }

        entity["BodyChunks"] = count;
    }

    public static string Read(TableEntity entity) =>
        string.Concat(Enumerable.Range(0, entity.GetInt32("BodyChunks") ?? 0).Select(i => entity.GetString(Name(i)) ?? ""));

    private static string Name(int index) => "Body" + index.ToString(CultureInfo.InvariantCulture);
}
