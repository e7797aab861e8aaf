using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Functions.Platform.Storage;
using InsiderRisk.Functions.Platform.Users;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Platform;

/// <summary>What every area builds on: stores, audit, access, users and settings.</summary>
public static class PlatformRegistration
{
    public static IServiceCollection AddInsiderRiskPlatform(this IServiceCollection services)
    {
        services.AddInsiderRiskStores();
        services.AddRequiredTable(TableAuditLog.Table);
        services.AddRequiredTable(UserDirectory.Table);
        services.AddRequiredTable(TableSettingsStore.Table);
        services.AddSingleton<IAuditLog, TableAuditLog>();
        services.AddSingleton<IAccessGuard, AccessGuard>();
        services.AddSingleton<ISettingsStore, TableSettingsStore>();
        services.AddSingleton(provider => PseudonymKeySource.Create(
            provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<HostingFacts>(),
            provider.GetRequiredService<IOptions<InsiderRiskOptions>>()));
        services.AddSingleton<IUserDirectory, UserDirectory>();
        return services;
    }
}
