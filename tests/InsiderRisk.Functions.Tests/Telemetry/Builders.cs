using System.Text.Json;
using Azure.Core.Pipeline;
using InsiderRisk.Functions.Telemetry;

namespace InsiderRisk.Functions.Tests.Telemetry;

/// <summary>Connection strings, fast export options and envelope readers for the telemetry tests.</summary>
internal static class TelemetryBuilders
{
    public const string InstrumentationKey = "11111111-2222-3333-4444-555555555555";

    public static string ConnectionString(Uri endpoint) =>
        $"InstrumentationKey={InstrumentationKey};IngestionEndpoint={endpoint};LiveEndpoint=https://live.example.test/";

    /// <summary>Short waits, so batches go out within tens of milliseconds and retries do not hold the test up.</summary>
    public static TelemetryExportOptions FastOptions(HttpPipelineTransport? transport = null) => new()
    {
        FlushInterval = TimeSpan.FromMilliseconds(50),
        RetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromSeconds(5),
        NetworkTimeout = TimeSpan.FromSeconds(5),
        ShutdownFlushTimeout = TimeSpan.FromSeconds(10),
        Transport = transport,
    };

    /// <summary>The settings that point the app's exporter at <paramref name="ingestion"/>.</summary>
    public static Dictionary<string, string?> AppSettings(FakeIngestion ingestion) => new()
    {
        [AppInsightsConnection.ConnectionStringSetting] = ConnectionString(ingestion.Endpoint),
        ["LocalRun:Enabled"] = "false",
    };

    public static string? EventName(JsonElement envelope) =>
        envelope.GetProperty("data").GetProperty("baseData").GetProperty("message").GetString();

    public static JsonElement Properties(JsonElement envelope) =>
        envelope.GetProperty("data").GetProperty("baseData").GetProperty("properties");

    /// <summary>The custom dimensions as name → raw JSON value, to check each is a string.</summary>
    public static Dictionary<string, JsonElement> Dimensions(JsonElement envelope) =>
        Properties(envelope).EnumerateObject().ToDictionary(property => property.Name, property => property.Value);

    public static Func<JsonElement, bool> Named(string name) => envelope => EventName(envelope) == name;
}
