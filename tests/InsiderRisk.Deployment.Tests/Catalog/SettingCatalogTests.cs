using System.Reflection;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Functions;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Deployment.Tests.Catalog;

/// <summary>
/// SettingNames is the one list the Bicep checks read, so it must hold every setting the built app
/// binds and every setting the host resolves for the app's functions.
/// </summary>
public sealed class SettingCatalogTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public void Every_option_the_app_binds_from_configuration_is_in_the_setting_catalog()
    {
        var bound = BoundOptionTypes().ToList();

        Assert.NotEmpty(bound);
        Assert.All(bound.SelectMany(SettingsOf), name =>
            Assert.True(SettingNames.Find(name) is not null, $"The app binds {name}, but Configuration/SettingNames.cs does not list it."));
    }

    [Fact]
    public void Every_connection_and_schedule_setting_of_the_functions_is_in_the_setting_catalog()
    {
        var names = FunctionCatalog.All.SelectMany(function => HostSettings(function.Trigger, function.Outputs)).Distinct().ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
            Assert.True(SettingNames.Find(name) is not null, $"A function.json names the setting {name}, but Configuration/SettingNames.cs does not list it."));
    }

    [Fact]
    public void Setting_names_are_unique_and_written_as_app_settings()
    {
        Assert.Equal(SettingNames.All.Count, SettingNames.All.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(SettingNames.All, setting =>
        {
            Assert.Matches("^[A-Za-z_][A-Za-z0-9_{}]*$", setting.Name);
            Assert.False(string.IsNullOrWhiteSpace(setting.Why), $"{setting.Name} does not say why it is where it is.");
        });
    }

    /// <summary>The app's own options types bound with BindConfiguration (each registers a change token source).</summary>
    private IEnumerable<Type> BoundOptionTypes() =>
        app.Registrations
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(type => type.Assembly.GetName().Name?.StartsWith("InsiderRisk.", StringComparison.Ordinal) == true)
            .Distinct();

    private static IEnumerable<string> SettingsOf(Type options)
    {
        var section = options.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        Assert.True(section is not null, $"{options.Name} is bound from configuration but has no Section constant naming where.");
        return options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => $"{section}__{property.Name}");
    }

    private static IEnumerable<string> HostSettings(TriggerBinding trigger, IReadOnlyList<OutputBinding> outputs)
    {
        switch (trigger)
        {
            case TriggerBinding.Queue queue:
                yield return queue.Connection;
                break;
            case TriggerBinding.ServiceBus serviceBus:
                yield return serviceBus.Connection;
                break;
            case TriggerBinding.Timer { Schedule: ['%', .. var setting, '%'] }:
                yield return setting;
                break;
        }

        foreach (var output in outputs)
        {
            yield return output switch
            {
                OutputBinding.Queue queue => queue.Connection,
                OutputBinding.ServiceBusQueue queue => queue.Connection,
                OutputBinding.ServiceBusTopic topic => topic.Connection,
                _ => throw new ArgumentOutOfRangeException(nameof(outputs), output.GetType().Name, "Unknown output binding."),
            };
        }
    }
}
