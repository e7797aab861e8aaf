using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Configuration;

public sealed class SweeperOptionsValidator : IValidateOptions<SweeperOptions>
{
    public ValidateOptionsResult Validate(string? name, SweeperOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return NcrontabExpression.Check(options.Schedule) is { } error
            ? ValidateOptionsResult.Fail($"Sweeper__Schedule {error}")
            : ValidateOptionsResult.Success;
    }
}
