using System.Net;
using InsiderRisk.Functions.Health;
using InsiderRisk.Functions.Tests.Invocations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Problems;

public sealed class ProblemResponseTests
{
    [Theory]
    [InlineData("/api/no-such-area")]
    [InlineData("/api/health/deeper")]
    [InlineData("/nothing/here")]
    public async Task Unknown_route_is_404_problem_with_or_without_identity(string path)
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        using var anonymous = await client.SendAsync(Request(HttpMethod.Get, path));
        using var identified = await client.SendAsync(Request(HttpMethod.Get, path, DevUser()));

        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.NotFound);
        var problem = await ProblemAssert.IsProblemAsync(identified, HttpStatusCode.NotFound);
        Assert.DoesNotContain(path, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_method_is_405_problem_with_allow_header()
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Request(HttpMethod.Delete, "/api/health", DevUser()));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        Assert.Contains("DELETE", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/RunCaseEffect")]
    [InlineData("/api/anything")]
    public async Task Body_over_one_MiB_is_413_problem(string path)
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();
        using var request = Request(HttpMethod.Post, path, DevUser());
        request.Content = Json("\"" + new string('a', (1024 * 1024) + 1) + "\"");

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Body_of_exactly_one_MiB_is_accepted()
    {
        using var factory = InvocationApp.WithEcho();
        using var client = factory.CreateClient();
        var padding = new string('a', 1024 * 1024);
        var envelope = "{\"Data\":{\"message\":\"x\"},\"Metadata\":{}}";
        var body = envelope[..^1] + ",\"pad\":\"" + padding[..(1024 * 1024 - envelope.Length - 9)] + "\"}";
        Assert.Equal(1024 * 1024, System.Text.Encoding.UTF8.GetByteCount(body));

        using var response = await client.PostAsync("/RunCaseEffect", Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unhandled_exception_is_500_problem_without_internals_and_logged_with_its_correlation_id()
    {
        using var factory = new AppFactory(new Dictionary<string, string?>(), services =>
            services.AddSingleton<IStoreProbe>(new ExplodingProbe()));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Request(HttpMethod.Get, "/api/health", DevUser()));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        var text = problem.GetRawText();
        Assert.DoesNotContain(ExplodingProbe.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ExplodingProbe", text, StringComparison.Ordinal);
        var correlationId = problem.GetProperty("correlationId").GetString()!;
        var logged = Assert.Single(factory.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Text.Contains(correlationId, StringComparison.Ordinal));
        Assert.DoesNotContain(AnyUser, logged.Text, StringComparison.Ordinal);
    }

    private sealed class ExplodingProbe : IStoreProbe
    {
        public const string Secret = "internal-detail-7731";

        public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);
    }
}
