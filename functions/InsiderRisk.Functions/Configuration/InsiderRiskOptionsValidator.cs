using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Configuration;

public sealed class InsiderRiskOptionsValidator : IValidateOptions<InsiderRiskOptions>
{
    public ValidateOptionsResult Validate(string? name, InsiderRiskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            return ValidateOptionsResult.Fail("InsiderRisk__DataDirectory must name a directory (default ./.insiderrisk).");
        }

        return options.DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0
            ? ValidateOptionsResult.Fail("InsiderRisk__DataDirectory contains characters that are not valid in a path.")
            : ValidateOptionsResult.Success;
    }
}
