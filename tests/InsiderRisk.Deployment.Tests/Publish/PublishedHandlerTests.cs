using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Deployment.Tests.Connector;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Deployment.Tests.Publish;

/// <summary>The published handler starts as the host starts it and answers forwarded requests and invocations.</summary>
[Collection(PublishCollection.Name)]
public sealed class PublishedHandlerTests(PublishFixture publish)
{
    /// <summary>The host waits about 30 s for a custom handler; it must answer well within that.</summary>
    private static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task It_listens_on_FUNCTIONS_CUSTOMHANDLER_PORT_and_answers_a_forwarded_health_request()
    {
        await using var handler = HandlerProcess.Start(publish.AppDirectory);

        using var response = await handler.WaitForAsync("/api/health", StartBudget);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Healthy", (string?)health?["status"]);
        Assert.Equal("EmbeddedSqlite", (string?)health?["store"]);
    }

    [Fact]
    public async Task It_serves_the_connector_definition_that_is_checked_in()
    {
        await using var handler = HandlerProcess.Start(publish.AppDirectory);
        using var ready = await handler.WaitForAsync("/api/health", StartBudget);

        var served = await handler.Client.GetFromJsonAsync<JsonObject>(new Uri(ConnectorApi.DocumentRoute, UriKind.Relative));

        served!["host"] = ConnectorDocument.PlaceholderHost;
        DefinitionText.AssertSame(Repository.Read(Repository.ConnectorDefinition), ConnectorDocument.ToText(served), "the published app");
    }

    [Fact]
    public async Task It_answers_a_timer_invocation_the_way_the_host_posts_it()
    {
        var registered = RegisteredHandlers();
        var timers = FunctionCatalog.All.Where(function => function.Trigger is TriggerBinding.Timer).ToList();
        var timer = timers.FirstOrDefault(function => registered.Contains(function.Name)) ?? timers[0];
        await using var handler = HandlerProcess.Start(publish.AppDirectory);
        using var ready = await handler.WaitForAsync("/api/health", StartBudget);

        using var response = await handler.Client.PostAsJsonAsync(new Uri("/" + timer.Name, UriKind.Relative), TimerInvocation(timer));

        if (registered.Contains(timer.Name))
        {
            Assert.True(response.IsSuccessStatusCode, $"{timer.Name} answered {(int)response.StatusCode}:\n{await response.Content.ReadAsStringAsync()}\n{handler.Output}");
            var result = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.True(result!.ContainsKey("Outputs") && result.ContainsKey("Logs"), $"Not an invocation result: {result}");
        }
        else
        {
            // A declared function without a handler: the host's call meets a 404 problem, not a crash.
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static HashSet<string> RegisteredHandlers()
    {
        using var app = new AppFixture();
        using var scope = app.Services.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IFunctionHandler>().Select(handler => handler.FunctionName)];
    }

    /// <summary>What the host posts for a timer: the timer info under the binding's name, and the sys metadata.</summary>
    private static JsonObject TimerInvocation(FunctionDefinition timer) => new()
    {
        ["Data"] = new JsonObject
        {
            [timer.Trigger.Name] = new JsonObject
            {
                ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                ["ScheduleStatus"] = null,
                ["IsPastDue"] = false,
            },
        },
        ["Metadata"] = new JsonObject
        {
            ["sys"] = new JsonObject
            {
                ["MethodName"] = timer.Name,
                ["UtcNow"] = "2026-01-05T10:00:00.0000000Z",
                ["RandGuid"] = "5f1e3c2a-0b7d-4e59-9a1c-3d2f6b8e9a10",
            },
        },
    };
}
