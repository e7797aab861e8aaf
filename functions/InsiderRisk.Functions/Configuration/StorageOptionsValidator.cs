using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Configuration;

/// <summary>The message names the setting but never repeats its value: it may carry an account key.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Kind is null
            ? ValidateOptionsResult.Fail(
                "AzureWebJobsStorage is not a storage connection string: leave it empty for the embedded store, " +
                "set UseDevelopmentStorage=true for Azurite, or an account's connection string " +
                "(DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…); for a managed identity set AzureWebJobsStorage__accountName instead.")
            : ValidateOptionsResult.Success;
    }
}
