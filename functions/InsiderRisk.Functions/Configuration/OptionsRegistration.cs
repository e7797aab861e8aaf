using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Configuration;

/// <summary>Binds the settings of API.md's configuration table and validates them when the app starts.</summary>
public static class OptionsRegistration
{
    public static IServiceCollection AddInsiderRiskOptions(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => HostingFacts.From(provider.GetRequiredService<IConfiguration>()));

        services.AddOptions<AuthOptions>()
            .Configure<HostingFacts>((options, facts) =>
                options.Mode = (facts.RunningInAzure ? AuthMode.EasyAuth : AuthMode.Development).ToString())
            .BindConfiguration(AuthOptions.Section)
            .ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateOnStart();
        services.AddOptions<InsiderRiskOptions>().BindConfiguration(InsiderRiskOptions.Section).ValidateOnStart();
        services.AddOptions<RiskOptions>().BindConfiguration(RiskOptions.Section).ValidateOnStart();
        services.AddOptions<SweeperOptions>().BindConfiguration(SweeperOptions.Section).ValidateOnStart();
        services.AddOptions<StorageOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                var section = configuration.GetSection(StorageOptions.Setting);
                options.ConnectionString = section.Value;
                options.AccountName = section["accountName"];
                options.TableServiceUri = section["tableServiceUri"];
                options.QueueServiceUri = section["queueServiceUri"];
            })
            .ValidateOnStart();

        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<IValidateOptions<InsiderRiskOptions>, InsiderRiskOptionsValidator>();
        services.AddSingleton<IValidateOptions<RiskOptions>, RiskOptionsValidator>();
        services.AddSingleton<IValidateOptions<SweeperOptions>, SweeperOptionsValidator>();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        return services;
    }
}
