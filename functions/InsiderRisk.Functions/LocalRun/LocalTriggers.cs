using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Functions;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// Works out the local triggers of the registered handlers from the function catalog, as the host
/// does from the generated function.json files: queue functions poll their queue, Service Bus functions
/// poll <c>{queue}-local</c> (no Service Bus locally), timers run on their schedule setting.
/// </summary>
public static class LocalTriggers
{
    private static readonly Dictionary<string, string> DefaultSchedules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sweeper__Schedule"] = new SweeperOptions().Schedule,
        ["Risk__Schedule"] = new RiskOptions().Schedule,
    };

    public static string LocalQueueFor(string serviceBusQueue) => serviceBusQueue + "-local";

    public static IReadOnlyList<LocalTrigger> Discover(IEnumerable<string> handlerNames, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(handlerNames);
        ArgumentNullException.ThrowIfNull(configuration);
        var triggers = new List<LocalTrigger>();
        foreach (var function in handlerNames.Select(FunctionCatalog.Find).OfType<FunctionDefinition>().DistinctBy(f => f.Name))
        {
            LocalTrigger? trigger = function.Trigger switch
            {
                TriggerBinding.Queue queue => new LocalTrigger.Queue(function, queue.QueueName),
                TriggerBinding.ServiceBus bus => new LocalTrigger.Queue(function, LocalQueueFor(bus.QueueName)),
                TriggerBinding.Timer timer => new LocalTrigger.Timer(function, NcrontabSchedule.Parse(ResolveSchedule(timer.Schedule, configuration))),
                _ => null,
            };
            if (trigger is not null)
            {
                triggers.Add(trigger);
            }
        }

        return triggers;
    }

    /// <summary>A schedule or a <c>%Setting%</c> reference, resolved as the host resolves app settings.</summary>
    public static string ResolveSchedule(string schedule, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(configuration);
        if (schedule.Length < 3 || schedule[0] != '%' || schedule[^1] != '%')
        {
            return schedule;
        }

        var setting = schedule[1..^1];
        var configured = configuration[setting.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return DefaultSchedules.TryGetValue(setting, out var fallback)
            ? fallback
            : throw new InvalidOperationException($"The timer schedule setting {setting} is not set.");
    }
}
