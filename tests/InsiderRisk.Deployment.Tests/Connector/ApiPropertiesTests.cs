using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.OpenApi;

namespace InsiderRisk.Deployment.Tests.Connector;

/// <summary>apiProperties.json: an Entra ID connection to the host the connection names, and a brand colour.</summary>
public sealed partial class ApiPropertiesTests
{
    private static JsonObject Properties => JsonNode.Parse(Repository.Read(Repository.ConnectorProperties))!["properties"]!.AsObject();

    [Fact]
    public void The_connection_signs_in_with_Entra_ID_through_Power_Platforms_redirect()
    {
        var token = Properties["connectionParameters"]!["token"]!;
        var settings = token["oAuthSettings"]!;

        Assert.Equal("oauthSetting", (string?)token["type"]);
        Assert.Equal("aad", (string?)settings["identityProvider"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)settings["clientId"]));
        Assert.NotNull(settings["scopes"] as JsonArray);
        Assert.Equal("https://global.consent.azure-apim.net/redirect", (string?)settings["redirectUrl"]);
        Assert.StartsWith("api://", (string?)settings["properties"]?["AzureActiveDirectoryResourceId"], StringComparison.Ordinal);
        Assert.Equal((string?)settings["properties"]?["AzureActiveDirectoryResourceId"], (string?)settings["customParameters"]?["resourceUri"]?["value"]);
        Assert.Equal("https://login.microsoftonline.com", (string?)settings["customParameters"]?["loginUri"]?["value"]);
        // The definition declares the matching scheme.
        Assert.Equal("oauth2", (string?)ConnectorDocumentShape.Document["securityDefinitions"]?[ConnectorSecurity.OAuth]?["type"]);
    }

    [Fact]
    public void Every_call_goes_to_the_host_named_by_a_required_connection_parameter()
    {
        var properties = Properties;
        var policy = Assert.Single(properties["policyTemplateInstances"]!.AsArray());
        var template = (string?)policy!["parameters"]?["x-ms-apimTemplateParameter.urlTemplate"];

        Assert.Equal("dynamichosturl", (string?)policy["templateId"]);
        var parameter = Assert.Single(ConnectionParameterReference().Matches(template ?? string.Empty)).Groups[1].Value;
        var definition = properties["connectionParameters"]![parameter];
        Assert.NotNull(definition);
        Assert.Equal("string", (string?)definition["type"]);
        Assert.Equal("true", (string?)definition["uiDefinition"]?["constraints"]?["required"]);
        // The definition's paths are full (/api/...) under base path "/", so the host alone is enough.
        Assert.Equal("/", (string?)ConnectorDocumentShape.Document["basePath"]);
        Assert.Equal("https://@connectionParameters('" + parameter + "')", template);
    }

    [Fact]
    public void The_brand_colour_is_a_hex_colour_and_capabilities_are_listed()
    {
        var properties = Properties;

        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string?)properties["iconBrandColor"]);
        Assert.NotNull(properties["capabilities"] as JsonArray);
    }

    [GeneratedRegex(@"@connectionParameters\('([^']+)'\)")]
    private static partial Regex ConnectionParameterReference();
}
