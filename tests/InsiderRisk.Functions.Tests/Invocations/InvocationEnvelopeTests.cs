using System.Net;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Invocations;

/// <summary>Envelopes the host would never send, or that lack what the function needs: 4xx problems, never 500.</summary>
public sealed class InvocationEnvelopeTests : IDisposable
{
    private readonly AppFactory factory = InvocationApp.WithEcho();

    public void Dispose() => factory.Dispose();

    private async Task<HttpResponseMessage> InvokeAsync(string function, HttpContent content)
    {
        using var client = factory.CreateClient();
        return await client.PostAsync($"/{function}", content);
    }

    [Fact]
    public async Task Invalid_JSON_envelope_is_400_problem()
    {
        using var response = await InvokeAsync("RunCaseEffect", Json("{\"Data\": {\"message\": "));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Empty_body_is_400_problem()
    {
        using var response = await InvokeAsync("RunCaseEffect", Json(string.Empty));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// The 415 comes from routing's content-type check, which answers before the invocation route's
    /// anonymous access applies: an anonymous caller meets 401 first, an identified one 415.
    /// </summary>
    [Fact]
    public async Task Wrong_content_type_is_415_problem()
    {
        using var client = factory.CreateClient();
        using var request = Request(HttpMethod.Post, "/RunCaseEffect", DevUser());
        request.Content = new StringContent("{\"Data\":{}}", System.Text.Encoding.UTF8, "text/plain");

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("{\"Metadata\":{}}")]
    [InlineData("{\"Data\":null}")]
    [InlineData("{\"Data\":\"text\"}")]
    public async Task Missing_or_non_object_Data_is_400_validation_problem(string envelope)
    {
        using var response = await InvokeAsync("RunCaseEffect", Json(envelope));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Data", out _));
    }

    [Fact]
    public async Task Data_without_the_trigger_value_fails_the_invocation_with_400()
    {
        using var response = await InvokeAsync("RunCaseEffect", Json("{\"Data\":{\"other\":1},\"Metadata\":{}}"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'message'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
