using System.Text.Json.Nodes;
using InsiderRisk.Functions.OpenApi;
using static InsiderRisk.Deployment.Tests.Connector.ConnectorDocumentShape;

namespace InsiderRisk.Deployment.Tests.Connector;

/// <summary>What Power Automate needs of every action: an id, a title, a description, labelled inputs, pickers.</summary>
public sealed class ConnectorOperationTests
{
    [Fact]
    public void Every_operation_has_a_unique_id_a_short_title_and_a_description()
    {
        var operations = Operations(Document).ToList();

        Assert.NotEmpty(operations);
        Assert.Equal(operations.Count, operations.Select(o => (string?)o.Operation["operationId"]).Distinct(StringComparer.Ordinal).Count());
        Assert.All(operations, entry =>
        {
            var summary = (string?)entry.Operation["summary"];
            Assert.False(string.IsNullOrWhiteSpace((string?)entry.Operation["operationId"]), $"{entry.Method} {entry.Path} has no operationId.");
            Assert.False(string.IsNullOrWhiteSpace(summary), $"{entry.Method} {entry.Path} has no summary.");
            Assert.True(summary!.Length <= 80 && !summary.EndsWith('.'), $"The summary of {entry.Method} {entry.Path} is not a short title: {summary}");
            Assert.False(string.IsNullOrWhiteSpace((string?)entry.Operation["description"]), $"{entry.Method} {entry.Path} has no description.");
            Assert.NotEmpty(entry.Operation["responses"]!.AsObject());
        });
    }

    [Fact]
    public void Every_parameter_has_a_label_and_a_description()
    {
        var parameters = Operations(Document)
            .SelectMany(entry => entry.Operation["parameters"]?.AsArray() ?? [])
            .Select(parameter => parameter!.AsObject())
            .ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, parameter => Assert.False(string.IsNullOrWhiteSpace((string?)parameter["x-ms-summary"]), $"Parameter {parameter["name"]} has no x-ms-summary."));
        Assert.All(parameters.Where(p => (string?)p["in"] != "body"), parameter => Assert.False(string.IsNullOrWhiteSpace((string?)parameter["description"]), $"Parameter {parameter["name"]} has no description."));
    }

    [Fact]
    public void Rarely_used_list_filters_are_advanced_and_picker_sources_are_internal()
    {
        var document = Document;
        var pageSizes = Operations(document)
            .SelectMany(entry => entry.Operation["parameters"]?.AsArray() ?? [])
            .Where(parameter => (string?)parameter!["name"] is "pageSize" or "continuationToken")
            .ToList();

        Assert.All(pageSizes, parameter => Assert.Equal(ConnectorHints.Advanced, (string?)parameter!["x-ms-visibility"]));
        Assert.Equal(ConnectorHints.Internal, (string?)Operation(document, ConnectorHints.ListFlows)?["x-ms-visibility"]);
        Assert.Equal(ConnectorHints.Advanced, (string?)Operation(document, "GetHealth")?["x-ms-visibility"]);
    }

    [Fact]
    public void Every_picker_lists_its_choices_from_an_operation_of_the_definition()
    {
        var document = Document;
        var pickers = document.DescendantsNamed("x-ms-dynamic-values").ToList();

        Assert.All(pickers, picker => Assert.NotNull(Operation(document, (string)picker["operationId"]!)));
        Assert.All(pickers, picker => Assert.Equal("name", (string?)picker["value-path"]));
    }

    [Theory]
    [InlineData("SendCaseNotice", "templateName", ConnectorHints.ListNoticeTemplates)]
    [InlineData("RunCaseFlow", "flowName", ConnectorHints.ListFlows)]
    public void Notice_templates_and_flows_are_picked_from_the_lists_the_app_serves(string operationId, string field, string source)
    {
        var document = Document;
        var operation = Operation(document, operationId);
        Assert.NotNull(operation);

        var property = BodyProperties(document, operation)[field];

        Assert.Equal(source, (string?)property?["x-ms-dynamic-values"]?["operationId"]);
        Assert.Equal("items", (string?)property?["x-ms-dynamic-values"]?["value-collection"]);
        Assert.Equal(ConnectorHints.Important, (string?)property?["x-ms-visibility"]);
    }

    [Fact]
    public void Security_is_Entra_ID_OAuth_or_a_functions_key_and_only_health_is_anonymous()
    {
        var document = Document;
        var definitions = document["securityDefinitions"]!.AsObject();

        Assert.Equal("oauth2", (string?)definitions[ConnectorSecurity.OAuth]?["type"]);
        Assert.Equal("accessCode", (string?)definitions[ConnectorSecurity.OAuth]?["flow"]);
        Assert.StartsWith("https://login.microsoftonline.com/", (string?)definitions[ConnectorSecurity.OAuth]?["authorizationUrl"], StringComparison.Ordinal);
        Assert.StartsWith("https://login.microsoftonline.com/", (string?)definitions[ConnectorSecurity.OAuth]?["tokenUrl"], StringComparison.Ordinal);
        Assert.NotEmpty(definitions[ConnectorSecurity.OAuth]!["scopes"]!.AsObject());
        Assert.Equal("apiKey", (string?)definitions[ConnectorSecurity.FunctionKey]?["type"]);
        Assert.Equal("header", (string?)definitions[ConnectorSecurity.FunctionKey]?["in"]);
        Assert.Equal("x-functions-key", (string?)definitions[ConnectorSecurity.FunctionKey]?["name"]);
        var anonymous = Operations(document).Where(entry => entry.Operation["security"] is JsonArray { Count: 0 }).Select(entry => entry.Path);
        Assert.Equal(["/api/health"], anonymous);
    }
}
