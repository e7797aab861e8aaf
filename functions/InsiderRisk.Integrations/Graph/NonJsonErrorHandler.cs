using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// A gateway or proxy in front of Graph may answer an error with HTML or nothing at all; the SDK then
/// fails on the content type and the status is lost. This turns such an answer into Graph's JSON error
/// shape (code <c>Http{status}</c>, message = a short excerpt), so status and Retry-After still decide.
/// </summary>
internal sealed partial class NonJsonErrorHandler : DelegatingHandler
{
    private const int MaxExcerpt = 200;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (response.IsSuccessStatusCode || (mediaType is not null && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase)))
        {
            return response;
        }

        var text = Whitespace().Replace(await response.Content.ReadAsStringAsync(cancellationToken), " ").Trim();
        var status = (int)response.StatusCode;
        var error = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = string.Create(CultureInfo.InvariantCulture, $"Http{status}"),
                ["message"] = text.Length <= MaxExcerpt ? text : text[..MaxExcerpt] + "…",
            },
        };
        response.Content.Dispose();
        response.Content = new StringContent(error.ToJsonString(), Encoding.UTF8, "application/json");
        return response;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
