namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// Read once at start: where events go (null: nowhere but the log) and the role tags they carry. A
/// connection string that cannot be parsed is reported and treated as none — telemetry never stops the app.
/// </summary>
public sealed partial class TelemetrySetup(AppInsightsConnection? connection, TelemetryRole role)
{
    public AppInsightsConnection? Connection { get; } = connection;

    public TelemetryRole Role { get; } = role;

    public static TelemetrySetup From(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var role = TelemetryRole.From(configuration, environment.ApplicationName);
        try
        {
            var connection = AppInsightsConnection.FromSettings(
                configuration[AppInsightsConnection.ConnectionStringSetting],
                configuration[AppInsightsConnection.AuthenticationStringSetting]);
            if (connection is null)
            {
                LogLocalOnly(logger, AppInsightsConnection.ConnectionStringSetting);
            }
            else
            {
                LogExporting(logger, connection.ToString());
            }

            return new TelemetrySetup(connection, role);
        }
        catch (FormatException ex)
        {
            LogUnusable(logger, ex.Message);
            return new TelemetrySetup(null, role);
        }
    }

    [LoggerMessage(EventId = 9000, Level = LogLevel.Information, Message = "Telemetry events go to the log only: {Setting} is not set.")]
    private static partial void LogLocalOnly(ILogger logger, string setting);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Telemetry events go to the log and to {Destination}.")]
    private static partial void LogExporting(ILogger logger, string destination);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Telemetry events go to the log only: the Application Insights settings cannot be used ({Reason}).")]
    private static partial void LogUnusable(ILogger logger, string reason);
}
