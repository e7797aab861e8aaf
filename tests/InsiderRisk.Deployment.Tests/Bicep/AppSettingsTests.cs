using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// The function app's settings in infra/main.bicep against Configuration/SettingNames.cs (which the
/// catalog tests keep complete): nothing the app needs in Azure is missing, nothing unknown is set.
/// </summary>
public sealed class AppSettingsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static BicepModel Model => AppGrants.Model;

    [Fact]
    public void Every_setting_the_app_needs_in_Azure_is_in_the_function_app_settings()
    {
        var settings = AppSettingsTemplate.Of(Model);
        var needed = SettingNames.All.Where(setting => setting.Place is SettingPlace.Azure or SettingPlace.AzureWhenConfigured);

        var missing = needed.Where(setting => !settings.ContainsKey(setting.Name)).Select(setting => $"{setting.Name} ({setting.Why})").ToList();

        Assert.True(missing.Count == 0, $"infra/main.bicep does not set: {string.Join("; ", missing)}");
    }

    [Fact]
    public void Every_setting_the_templates_write_is_one_the_app_or_its_host_reads()
    {
        var unknown = AppSettingsTemplate.Of(Model).Keys
            .Where(name => SettingNames.Find(name) is not { Place: not SettingPlace.Platform })
            .ToList();

        Assert.True(unknown.Count == 0, $"infra/main.bicep sets settings nothing reads (misspelt, or missing from SettingNames.cs): {string.Join(", ", unknown)}");
    }

    [Fact]
    public void The_worker_runtime_comes_from_the_Flex_runtime_setting_not_an_app_setting()
    {
        var site = Model.ModuleFile(AppSettingsTemplate.FunctionAppModule).Resources.Single(resource => resource.Type == "Microsoft.Web/sites");
        var runtime = BicepSyntax.FirstObject(BicepSyntax.Entry(BicepSyntax.FirstObject(site.Property("properties", "functionAppConfig")!)!, "runtime")!)!;

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", AppSettingsTemplate.Of(Model).Keys);
        Assert.Equal("'custom'", BicepSyntax.Entry(runtime, "name"));
    }

    [Fact]
    public void Routes_the_app_serves_anonymously_are_excluded_from_App_Service_Authentication()
    {
        var anonymous = app.Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(endpoint => RoutePaths.Template(endpoint.RoutePattern))
            .Where(path => path.StartsWith("/api/", StringComparison.Ordinal))
            .ToList();
        var auth = Model.ModuleFile(AppSettingsTemplate.FunctionAppModule).Resources.Single(resource => resource.Property("name") == "'authsettingsV2'");
        var validation = BicepSyntax.FirstObject(auth.Property("properties", "globalValidation")!)!;
        var excluded = Model.Values(Model.ModuleFile(AppSettingsTemplate.FunctionAppModule), BicepSyntax.Entry(validation, "excludedPaths") ?? "[]");

        Assert.NotEmpty(anonymous);
        Assert.All(anonymous, path => Assert.True(excluded.Contains(path), $"{path} is anonymous in the app, but App Service Authentication answers 401 to it: add it to globalValidation.excludedPaths in infra/modules/functionapp.bicep."));
    }
}
