using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Configuration;

public sealed class RiskOptionsValidator : IValidateOptions<RiskOptions>
{
    public const int MaxWindowDays = 3650;

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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
