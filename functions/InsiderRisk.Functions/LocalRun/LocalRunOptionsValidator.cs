using InsiderRisk.Storage.Queues;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.LocalRun;

public sealed class LocalRunOptionsValidator : IValidateOptions<LocalRunOptions>
{
    public ValidateOptionsResult Validate(string? name, LocalRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(10))
        {
            errors.Add("LocalRun__PollInterval must be a time span between 00:00:00.001 and 00:10:00.");
        }

        if (options.VisibilityTimeout < TimeSpan.FromSeconds(1) || options.VisibilityTimeout > QueueRules.MaxVisibility)
        {
            errors.Add("LocalRun__VisibilityTimeout must be between 00:00:01 and 7.00:00:00.");
        }

        if (options.BatchSize is < 1 or > QueueRules.MaxReceiveCount)
        {
            errors.Add($"LocalRun__BatchSize must be between 1 and {QueueRules.MaxReceiveCount}.");
        }

        if (options.MaxDequeueCount < 1)
        {
            errors.Add("LocalRun__MaxDequeueCount must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
