using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Configuration;

public sealed class RiskOptionsValidator : IValidateOptions<RiskOptions>
{
    public const int MaxWindowDays = 3650;

    public const int MaxParallelism = 64;

    public ValidateOptionsResult Validate(string? name, RiskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (NcrontabExpression.Check(options.Schedule) is { } scheduleError)
        {
            failures.Add($"Risk__Schedule {scheduleError}");
        }

        if (options.WindowDays is < 1 or > MaxWindowDays)
        {
            failures.Add($"Risk__WindowDays must be between 1 and {MaxWindowDays} days, not {options.WindowDays}.");
        }

        if (options.Parallelism is < 1 or > MaxParallelism)
        {
            failures.Add($"Risk__Parallelism must be between 1 and {MaxParallelism} users at once, not {options.Parallelism}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
