using System.Net;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Authentication;

/// <summary>
/// Through the whole pipeline. <c>PUT /api/health</c> is a route that exists but not for PUT: it passes
/// authentication and authorization first, so 405 means "identified" and 401/400 mean "refused there".
/// </summary>
public sealed class AuthenticationTests
{
    private static readonly HttpMethod Put = HttpMethod.Put;

    private static async Task<HttpResponseMessage> SendAsync(string mode, params (string, string)[] headers)
    {
        using var factory = new AppFactory(new Dictionary<string, string?> { ["Auth:Mode"] = mode });
        using var client = factory.CreateClient();
        return await client.SendAsync(Request(Put, "/api/health", headers));
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("EasyAuth")]
    public async Task No_identity_is_401_problem(string mode)
    {
        using var response = await SendAsync(mode);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadJsonAsync(response);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains(mode, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_headers_identify_the_caller()
    {
        using var response = await SendAsync("Development", DevUser(), DevRoles("analyst, Investigator"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Development_unknown_role_is_400_problem_naming_it()
    {
        using var response = await SendAsync("Development", DevUser(), DevRoles("Analyst,Superuser"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadJsonAsync(response);
        Assert.Contains("names unknown roles: Superuser.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EasyAuth_principal_header_identifies_the_caller()
    {
        var principal = ClientPrincipal([("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", AnyUser), ("roles", "Analyst")]);

        using var response = await SendAsync("EasyAuth", EasyAuth(principal));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("bm90IGpzb24=")] // "not json"
    [InlineData("WzEsMiwzXQ==")] // "[1,2,3]"
    [InlineData("bnVsbA==")] // "null"
    public async Task EasyAuth_malformed_principal_is_401(string header)
    {
        using var response = await SendAsync("EasyAuth", EasyAuth(header));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EasyAuth_principal_without_user_id_is_401()
    {
        using var response = await SendAsync("EasyAuth", EasyAuth(ClientPrincipal([("roles", "Admin"), ("name", "Casey")])));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EasyAuth_mode_ignores_development_headers()
    {
        using var response = await SendAsync("EasyAuth", DevUser(), DevRoles("Admin"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Development_mode_ignores_the_EasyAuth_header()
    {
        using var response = await SendAsync("Development", EasyAuth(ClientPrincipal([("preferred_username", AnyUser), ("roles", "Admin")])));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_endpoints_ignore_a_bad_role()
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Request(HttpMethod.Get, "/api/health", DevUser(), DevRoles("Nope")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
