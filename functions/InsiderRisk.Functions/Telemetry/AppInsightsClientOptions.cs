using Azure.Core;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>The exporter's pipeline options: its own retry policy and timeout, and no request logging of its own.</summary>
internal sealed class AppInsightsClientOptions : ClientOptions
{
    public AppInsightsClientOptions(TelemetryExportOptions export)
    {
        ArgumentNullException.ThrowIfNull(export);
        RetryPolicy = new TelemetryRetryPolicy(export);
        Retry.NetworkTimeout = export.NetworkTimeout;
        if (export.Transport is { } transport)
        {
            Transport = transport;
        }

        // Telemetry about sending telemetry would loop back through the same exporter.
        Diagnostics.IsLoggingEnabled = false;
        Diagnostics.IsDistributedTracingEnabled = false;
    }
}
