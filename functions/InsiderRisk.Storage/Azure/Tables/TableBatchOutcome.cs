using System.Globalization;
using InsiderRisk.Storage.Azure.Pipeline;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>
/// What a parsed batch response means: every operation's new ETag, or the failing operation as a
/// <see cref="BatchOperationException"/>. The service names the failing operation by starting the
/// error message with its 0-based index and ':'.
/// </summary>
internal static class TableBatchOutcome
{
    public static IReadOnlyList<string?> Interpret(IReadOnlyList<BatchPartResponse> parts, IReadOnlyList<TableOperation> operations)
    {
        for (var position = 0; position < parts.Count; position++)
        {
            var part = parts[position];
            if (part.Status >= 400)
            {
                throw Failure(part, position, parts.Count, operations.Count);
            }
        }

        if (parts.Count != operations.Count)
        {
            throw new StorageException(StorageErrorKind.Other, $"The batch response holds {parts.Count} answers for {operations.Count} operations.");
        }

        return [.. operations.Select((operation, i) => operation.Kind == TableOperationKind.Delete ? null : parts[i].Header("ETag"))];
    }

    private static BatchOperationException Failure(BatchPartResponse part, int position, int partCount, int operationCount)
    {
        var (code, message) = StorageErrors.ReadError(part.Header("x-ms-error-code"), part.Body);
        var (index, text) = SplitIndex(message);

        // Without an index in the message, a response that answers every operation shows the failing
        // one by its position; a lone answer to a multi-operation batch cannot be placed (-1).
        index ??= partCount == operationCount ? position : operationCount == 1 ? 0 : -1;
        var kind = StorageErrors.Classify(part.Status, code);
        return new BatchOperationException(index.Value, kind, $"{part.Status} {code}: {text}", part.Status, code);
    }

    private static (int? Index, string Text) SplitIndex(string? message)
    {
        if (message is null)
        {
            return (null, string.Empty);
        }

        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (index, message[(colon + 1)..].Trim())
            : (null, message);
    }
}
