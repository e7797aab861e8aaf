using System.Text.Json;

namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>The fake ACS's check of an <c>emails:send</c> body against the EmailMessage schema. Null = fine.</summary>
internal static class FakeAcsEmailShape
{
    public static string? Check(byte[] body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return "the body is not JSON";
        }

        if (!IsString(root, "senderAddress"))
        {
            return "senderAddress is missing";
        }

        if (!root.TryGetProperty("content", out var content) || !IsString(content, "subject")
            || !(IsString(content, "plainText") || IsString(content, "html")))
        {
            return "content.subject and content.plainText or content.html are required";
        }

        if (!root.TryGetProperty("recipients", out var recipients) || !recipients.TryGetProperty("to", out var to)
            || to.ValueKind != JsonValueKind.Array || to.GetArrayLength() == 0)
        {
            return "recipients.to needs at least one address";
        }

        foreach (var list in new[] { "to", "cc", "bcc" })
        {
            if (recipients.TryGetProperty(list, out var addresses)
                && (addresses.ValueKind != JsonValueKind.Array || addresses.EnumerateArray().Any(a => !IsString(a, "address"))))
            {
                return $"recipients.{list} must be a list of {{address, displayName?}}";
            }
        }

        return null;
    }

    private static bool IsString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String;
}
