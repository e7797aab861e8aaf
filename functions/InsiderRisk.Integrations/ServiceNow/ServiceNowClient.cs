using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Integrations.Http;

namespace InsiderRisk.Integrations.ServiceNow;

/// <summary>
/// The Table API for incidents: look one up by correlation id, create one. Signs in with Basic
/// (username and password) or an OAuth bearer token; neither ever appears in an error or a log.
/// </summary>
public sealed class ServiceNowClient(HttpClient http, ServiceNowSettings settings, TimeProvider time)
{
    private const string IncidentTable = "api/now/table/incident";

    public async Task<ServiceNowIncident?> FindByCorrelationAsync(string correlationId, CancellationToken cancellationToken)
    {
        var query = $"?sysparm_query={Uri.EscapeDataString("correlation_id=" + correlationId)}&sysparm_limit=1&sysparm_fields=sys_id,number";
        using var request = Request(HttpMethod.Get, IncidentTable + query);
        var result = await SendAsync(request, cancellationToken);
        return result is JsonArray { Count: > 0 } found ? Read(found[0]) : null;
    }

    public async Task<ServiceNowIncident> CreateAsync(IncidentFields fields, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, IncidentTable + "?sysparm_fields=sys_id,number");
        request.Content = JsonContent.Create(fields);
        return Read(await SendAsync(request, cancellationToken))
            ?? throw new ServiceNowException(502, "the created incident came back without a number", null);
    }

    private HttpRequestMessage Request(HttpMethod method, string relative)
    {
        var instance = settings.InstanceUrl ?? throw new InvalidOperationException("ServiceNow__InstanceUrl is not set.");
        var request = new HttpRequestMessage(method, new Uri(instance, relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = settings.UsesToken
            ? new AuthenticationHeaderValue("Bearer", settings.Token)
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}")));
        return request;
    }

    /// <summary>The <c>result</c> member of a success; a <see cref="ServiceNowException"/> with ServiceNow's own error text otherwise.</summary>
    private async Task<JsonNode?> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = TryParse(text);
        if (response.IsSuccessStatusCode)
        {
            return json?["result"];
        }

        var error = json?["error"];
        var message = error is null
            ? HttpFailures.Cut(text.Trim())
            : string.Join(": ", new[] { (string?)error["message"], (string?)error["detail"] }.Where(part => !string.IsNullOrWhiteSpace(part)));
        throw new ServiceNowException((int)response.StatusCode, message, RetryAfterHeader.From(response.Headers.RetryAfter, time.GetUtcNow()));
    }

    private static ServiceNowIncident? Read(JsonNode? record) =>
        record is JsonObject found && (string?)found["number"] is { Length: > 0 } number
            ? new ServiceNowIncident((string?)found["sys_id"] ?? "", number)
            : null;

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
