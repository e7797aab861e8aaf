using System.Net;
using System.Text.Json.Nodes;
using InsiderRisk.Functions.Invocations;
using Microsoft.Extensions.Logging;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Invocations;

/// <summary>Invocations posted exactly as the Functions host posts them to a custom handler.</summary>
public sealed class InvocationDispatchTests : IDisposable
{
    private readonly AppFactory factory = InvocationApp.WithEcho();

    public void Dispose() => factory.Dispose();

    private async Task<HttpResponseMessage> InvokeAsync(string function, HttpContent content)
    {
        using var client = factory.CreateClient();
        return await client.PostAsync($"/{function}", content);
    }

    [Fact]
    public async Task Body_as_a_string_containing_JSON_is_read_as_that_JSON()
    {
        using var response = await InvokeAsync("RunCaseEffect", Invocation("message", "{\"caseId\":\"c-1\",\"effectId\":\"e-1\"}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        var echo = InvocationApp.ReturnValue(body);
        Assert.Equal("{\"caseId\":\"c-1\",\"effectId\":\"e-1\"}", echo.GetProperty("json").GetString());
        Assert.Equal("{\"caseId\":\"c-1\",\"effectId\":\"e-1\"}", echo.GetProperty("text").GetString());
        Assert.Equal(["echoed", "twice"], body.GetProperty("Logs").EnumerateArray().Select(log => log.GetString()));
        Assert.Empty(body.GetProperty("Outputs").EnumerateObject());
    }

    [Fact]
    public async Task Body_as_an_object_is_read_as_is()
    {
        using var response = await InvokeAsync("RunCaseEffect", Invocation("message", new JsonObject { ["caseId"] = "c-2", ["effectId"] = "e-2" }));

        var echo = InvocationApp.ReturnValue(await ReadJsonAsync(response));
        Assert.Equal("{\"caseId\":\"c-2\",\"effectId\":\"e-2\"}", echo.GetProperty("json").GetString());
        Assert.Equal("{\"caseId\":\"c-2\",\"effectId\":\"e-2\"}", echo.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Body_as_an_array_is_read_as_is()
    {
        using var response = await InvokeAsync("RunCaseEffect", Invocation("message", new JsonArray(1, 2)));

        Assert.Equal("[1,2]", InvocationApp.ReturnValue(await ReadJsonAsync(response)).GetProperty("json").GetString());
    }

    [Fact]
    public async Task Body_as_a_plain_string_is_text_and_not_JSON()
    {
        using var response = await InvokeAsync("RunCaseEffect", Invocation("message", "hello queue"));

        var echo = InvocationApp.ReturnValue(await ReadJsonAsync(response));
        Assert.Equal("hello queue", echo.GetProperty("text").GetString());
        Assert.StartsWith("invalid: The 'message' trigger value is a string that is not JSON", echo.GetProperty("json").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData("3")]
    public async Task Dequeue_count_and_id_are_read_from_metadata_as_number_or_string(object dequeueCount)
    {
        JsonNode count = dequeueCount is int number ? JsonValue.Create(number) : JsonValue.Create((string)dequeueCount);

        using var response = await InvokeAsync("RunCaseEffect", Invocation("message", "{}", QueueMetadata(count, id: "m-42")));

        var echo = InvocationApp.ReturnValue(await ReadJsonAsync(response));
        Assert.Equal(3, echo.GetProperty("dequeueCount").GetInt32());
        Assert.Equal("m-42", echo.GetProperty("messageId").GetString());
    }

    [Fact]
    public async Task Handler_failure_is_500_problem_without_internals_and_a_log_line()
    {
        using var response = await InvokeAsync("IngestAlerts", Invocation("message", "{}"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("internal-detail-5521", problem.GetRawText(), StringComparison.Ordinal);
        var correlationId = problem.GetProperty("correlationId").GetString()!;
        Assert.Contains(factory.Logs.Entries, entry =>
            entry.Level == LogLevel.Error && entry.Text.Contains("IngestAlerts", StringComparison.Ordinal) && entry.Text.Contains(correlationId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NoSuchFunction")]
    [InlineData("SweepOutbox")] // declared in the catalog, but no handler is registered
    public async Task Function_without_handler_is_404_problem(string function)
    {
        using var response = await InvokeAsync(function, Invocation("timer", new JsonObject { ["IsPastDue"] = false }));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Outputs_the_function_does_not_declare_fail_the_invocation()
    {
        using var app = InvocationApp.With(new DelegateHandler("SweepOutbox", _ =>
            Task.FromResult(InvocationResult.Empty.WithOutput("nowhere", new { caseId = "c-1" }))));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/SweepOutbox", Invocation("timer", new JsonObject { ["IsPastDue"] = false }));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Contains("nowhere", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timer_trigger_object_is_passed_to_the_handler()
    {
        var seen = new List<bool>();
        using var app = InvocationApp.With(new DelegateHandler("SweepOutbox", context =>
        {
            seen.Add(context.ReadTrigger<TimerInfo>().IsPastDue);
            return Task.FromResult(InvocationResult.Empty);
        }));
        using var client = app.CreateClient();
        var timer = new JsonObject { ["Schedule"] = new JsonObject { ["AdjustForDST"] = true }, ["IsPastDue"] = true };

        using var response = await client.PostAsync("/SweepOutbox", Invocation("timer", timer, new JsonObject()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([true], seen);
    }

    private sealed record TimerInfo(bool IsPastDue);
}
