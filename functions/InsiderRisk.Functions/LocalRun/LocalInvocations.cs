using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// The <c>Data</c> and <c>Metadata</c> the Functions host would send for a trigger, so a handler
/// cannot tell the local run from the host.
/// </summary>
public static class LocalInvocations
{
    /// <summary>A queue message: the (already decoded) text under the trigger's binding name, and the queue metadata.</summary>
    public static (JsonElement Data, JsonElement Metadata) ForMessage(string bindingName, string functionName, QueueMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var data = new JsonObject { [bindingName] = message.Text };
        var metadata = new JsonObject
        {
            ["DequeueCount"] = message.DequeueCount,
            ["DeliveryCount"] = message.DequeueCount,
            ["Id"] = message.MessageId,
            ["MessageId"] = message.MessageId,
            ["InsertionTime"] = Iso(message.InsertedAt),
            ["EnqueuedTimeUtc"] = Iso(message.InsertedAt),
            ["NextVisibleTime"] = Iso(message.NextVisibleAt),
            ["PopReceipt"] = message.PopReceipt,
            ["sys"] = Sys(functionName, now),
        };
        return (ToElement(data), ToElement(metadata));
    }

    /// <summary>A timer firing: the host's timer info (schedule status, past due) and the sys metadata.</summary>
    public static (JsonElement Data, JsonElement Metadata) ForTimer(
        string bindingName, string functionName, DateTimeOffset? last, DateTimeOffset next, bool isPastDue, DateTimeOffset now)
    {
        var timer = new JsonObject
        {
            ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
            ["ScheduleStatus"] = new JsonObject
            {
                ["Last"] = last is { } at ? Iso(at) : null,
                ["Next"] = Iso(next),
                ["LastUpdated"] = Iso(now),
            },
            ["IsPastDue"] = isPastDue,
        };
        var metadata = new JsonObject { ["sys"] = Sys(functionName, now) };
        return (ToElement(new JsonObject { [bindingName] = timer }), ToElement(metadata));
    }

    private static JsonObject Sys(string functionName, DateTimeOffset now) => new()
    {
        ["MethodName"] = functionName,
        ["UtcNow"] = Iso(now),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    };

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node);
}
