using System.Text;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Platform.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// Tells whoever ran <c>dotnet run</c> where the app listens, where its data is, which triggers run
/// and how to call it. Never a secret: no connection string, no key.
/// </summary>
public sealed partial class LocalRunBanner(
    HostingFacts hosting,
    IHostApplicationLifetime lifetime,
    IServer server,
    StoreConnector store,
    IOptions<AuthOptions> auth,
    LocalTriggerLoop loop,
    ILogger<LocalRunBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!hosting.UnderFunctionsHost)
        {
            lifetime.ApplicationStarted.Register(() => LogBanner(logger, Describe()));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public string Describe()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var first = addresses.FirstOrDefault() ?? Hosting.ListenAddress.LocalDefault;
        var text = new StringBuilder();
        text.AppendLine("InsiderRisk is running on its own (no Functions host).");
        text.AppendLine($"  Listening on: {(addresses.Count == 0 ? "(in-process test server)" : string.Join(", ", addresses))}");
        text.AppendLine($"  API:          {first}/api   health: {first}/api/health");
        text.AppendLine($"  Store:        {StoreText()}");
        text.AppendLine($"  Triggers:     {TriggerText()}");
        text.Append(AuthText(first));
        return text.ToString();
    }

    private string StoreText() => store.Kind switch
    {
        StoreKind.EmbeddedSqlite => $"embedded SQLite, data in {store.DataDirectory}",
        StoreKind.Azurite => "Azurite (AzureWebJobsStorage points at the storage emulator)",
        _ => "Azure Storage (from AzureWebJobsStorage)",
    };

    private string TriggerText()
    {
        if (!loop.IsActive)
        {
            return "off (LocalRun:Enabled=false)";
        }

        var parts = loop.Triggers.Select(trigger => trigger switch
        {
            LocalTrigger.Queue queue => $"{trigger.Function.Name} <- queue {queue.QueueName}",
            LocalTrigger.Timer timer => $"{trigger.Function.Name} on '{timer.Schedule}' (UTC)",
            _ => trigger.Function.Name,
        });
        return string.Join("; ", parts);
    }

    private string AuthText(string baseUrl) => auth.Value.ParsedMode == AuthMode.Development
        ? $"  Identity:     Auth:Mode=Development: send X-User and X-Roles (Admin, Analyst, Investigator, Auditor), e.g.{Environment.NewLine}" +
          $"                curl -H \"X-User: ana@contoso.test\" -H \"X-Roles: Analyst\" {baseUrl}/api/dashboard"
        : "  Identity:     Auth:Mode=EasyAuth: requests need the X-MS-CLIENT-PRINCIPAL header App Service Authentication sets.";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Banner}")]
    private static partial void LogBanner(ILogger logger, string banner);
}
