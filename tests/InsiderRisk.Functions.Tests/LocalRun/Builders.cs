using System.Text.Json;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Functions.Tests.LocalRun;

/// <summary>The app with its trigger loop on and polling fast, and waiting for what the loop does.</summary>
public static class LocalRunBuilders
{
    public static Dictionary<string, string?> LoopSettings() => new()
    {
        ["LocalRun:Enabled"] = "true",
        ["LocalRun:PollInterval"] = "00:00:00.050",
    };

    public static ApiFactory AppWithLoop(AzuriteServer? azurite = null) =>
        azurite is null ? new ApiFactory(LoopSettings()) : ApiFactory.OnAzurite(azurite, LoopSettings());

    public static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    /// <summary>Reads <paramref name="read"/> until <paramref name="done"/> holds, for up to 20 s; returns the last value read.</summary>
    public static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> done)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > until)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
