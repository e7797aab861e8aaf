using System.Text.Json;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// The ingestion answer <c>{itemsReceived, itemsAccepted, errors: [{index, statusCode, message}]}</c>;
/// on 206 the errors name the items of the batch that were not accepted and why.
/// </summary>
internal sealed record TrackResponse(int ItemsReceived, int ItemsAccepted, IReadOnlyList<TrackResponse.ItemError> Errors)
{
    /// <summary>Item statuses worth sending again (timeout, throttled, server busy or failing); others are final.</summary>
    private static readonly int[] Transient = [408, 429, 439, 500, 503];

    /// <summary>The indexes (into the sent batch) of the rejected items worth sending again.</summary>
    public IEnumerable<int> RetryableIndexes => Errors.Where(error => Transient.Contains(error.StatusCode)).Select(error => error.Index);

    public int Rejected => Errors.Count(error => !Transient.Contains(error.StatusCode));

    /// <summary>Null when the body is not the documented shape (the caller then treats the batch as final).</summary>
    public static TrackResponse? TryParse(BinaryData? body)
    {
        if (body is null || body.ToMemory().IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToMemory());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var errors = root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Where(IsError).Select(error => new ItemError(
                    error.GetProperty("index").GetInt32(),
                    error.GetProperty("statusCode").GetInt32(),
                    error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null))]
                : new List<ItemError>();
            return new TrackResponse(Number(root, "itemsReceived"), Number(root, "itemsAccepted"), errors);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsError(JsonElement error) =>
        error.ValueKind == JsonValueKind.Object
        && error.TryGetProperty("index", out var index) && index.TryGetInt32(out _)
        && error.TryGetProperty("statusCode", out var status) && status.TryGetInt32(out _);

    private static int Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;

    /// <summary>One item the service did not accept.</summary>
    public sealed record ItemError(int Index, int StatusCode, string? Message);
}
