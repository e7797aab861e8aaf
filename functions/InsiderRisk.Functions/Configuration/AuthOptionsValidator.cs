using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Configuration;

/// <summary>
/// Refuses an unknown mode, and Development mode in Azure: there its headers would let any caller
/// claim any identity and role.
/// </summary>
public sealed class AuthOptionsValidator(HostingFacts facts) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ParsedMode switch
        {
            null => ValidateOptionsResult.Fail(
                $"Auth__Mode must be 'EasyAuth' or 'Development', not '{options.Mode}'."),
            AuthMode.Development when facts.RunningInAzure => ValidateOptionsResult.Fail(
                $"Auth__Mode=Development is refused in Azure ({HostingFacts.AzureInstanceSetting} is set): " +
                "its X-User/X-Roles headers let any caller claim any identity. Use Auth__Mode=EasyAuth with App Service Authentication."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
