using System.Text.Json;

namespace InsiderRisk.Functions.Hosting;

/// <summary>
/// Lets <c>dotnet run</c> read the same <c>local.settings.json</c> Core Tools reads: its <c>Values</c>
/// become configuration (<c>__</c> nests) below everything already set, so the environment and the
/// command line still win. Under the Functions host the host has already turned them into
/// environment variables, so the file is not read there.
/// </summary>
public static class LocalSettingsFile
{
    public const string FileName = "local.settings.json";

    public static IReadOnlyDictionary<string, string?> ReadMissing(string path, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!File.Exists(path))
        {
            return new Dictionary<string, string?>();
        }

        using var document = ParseOrExplain(path);
        if (!document.RootElement.TryGetProperty("Values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return new Dictionary<string, string?>();
        }

        var missing = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in values.EnumerateObject())
        {
            var key = setting.Name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);
            if (configuration[key] is null)
            {
                missing[key] = setting.Value.ValueKind == JsonValueKind.String ? setting.Value.GetString() : setting.Value.GetRawText();
            }
        }

        return missing;
    }

    private static JsonDocument ParseOrExplain(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{FileName} is not valid JSON: {exception.Message}", exception);
        }
    }
}
