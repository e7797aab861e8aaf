using InsiderRisk.Functions.Admin;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Demo;

public static class DemoRegistration
{
    /// <summary>The demo data set, loaded at start when <c>--demo</c> is given or <c>InsiderRisk:Demo=true</c>.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services, IReadOnlyList<string> args)
    {
        services.AddSingleton(provider => DemoRequest.From(args, provider.GetRequiredService<IConfiguration>()));
        services.AddScoped<DemoCases>();
        services.AddScoped<DemoLoader>();
        services.TryAddSingleton<NoticeTemplateStore>();
        services.AddSingleton<DemoStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<DemoStartup>());
        return services;
    }
}
