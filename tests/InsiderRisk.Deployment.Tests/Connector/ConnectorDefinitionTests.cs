using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.OpenApi;

namespace InsiderRisk.Deployment.Tests.Connector;

/// <summary>The checked-in connector definition is exactly what the app generates from its endpoints, by every route to it.</summary>
public sealed class ConnectorDefinitionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void The_checked_in_definition_is_what_the_app_generates_now()
    {
        var generated = ConnectorDocument.ToText(ConnectorDocument.Build(app.Endpoints, app.Services));

        DefinitionText.AssertSame(Repository.Read(Repository.ConnectorDefinition), generated, "the app");
    }

    [Fact]
    public async Task The_generate_command_writes_the_same_file_and_exits_without_serving()
    {
        var folder = Directory.CreateTempSubdirectory("insiderrisk-openapi-").FullName;
        try
        {
            var target = Path.Combine(folder, "apiDefinition.swagger.json");
            var result = await ProcessRunner.RunAsync(
                Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
                ["exec", Path.Combine(AppContext.BaseDirectory, "InsiderRisk.Functions.dll"), GenerateOpenApiCommand.Option, target],
                folder,
                CommandTimeout,
                new Dictionary<string, string?>
                {
                    ["AzureWebJobsStorage"] = string.Empty,
                    ["InsiderRisk__DataDirectory"] = Path.Combine(folder, "data"),
                    ["FUNCTIONS_CUSTOMHANDLER_PORT"] = null,
                    ["WEBSITE_INSTANCE_ID"] = null,
                });

            Assert.True(result.ExitCode == 0, $"The generate command failed ({result.ExitCode}):\n{result.Output}");
            DefinitionText.AssertSame(Repository.Read(Repository.ConnectorDefinition), File.ReadAllText(target), "the generate command");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_app_serves_the_definition_anonymously_naming_the_host_it_was_asked_on()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(ConnectorApi.DocumentRoute, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(client.BaseAddress!.Authority, (string?)served["host"]);
        served["host"] = ConnectorDocument.PlaceholderHost;
        DefinitionText.AssertSame(Repository.Read(Repository.ConnectorDefinition), ConnectorDocument.ToText(served), "GET " + ConnectorApi.DocumentRoute);
    }

    [Fact]
    public void The_definition_is_Swagger_2_and_small_enough_to_import()
    {
        var text = Repository.Read(Repository.ConnectorDefinition);
        var document = JsonNode.Parse(text)!;

        Assert.Equal("2.0", (string?)document["swagger"]);
        Assert.Equal("/", (string?)document["basePath"]);
        Assert.Equal(["https"], document["schemes"]!.AsArray().Select(scheme => (string?)scheme));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) < 1_000_000, $"The definition is {text.Length.ToString(CultureInfo.InvariantCulture)} bytes; custom connectors take less than 1 MB.");
    }
}
