using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Http;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace InsiderRisk.Integrations.Graph;

/// <summary>Graph's failures as attempt outcomes: its status, its error code and message, its Retry-After.</summary>
public static class GraphFailures
{
    public static EffectOutcome.Failed From(Exception exception, string action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not ApiException api)
        {
            return HttpFailures.ForException($"Graph ({action})", exception);
        }

        var text = api is ODataError { Error: { } error }
            ? string.IsNullOrEmpty(error.Code) ? error.Message : $"{error.Code}: {error.Message}"
            : api.Message;
        var retryAfter = RetryAfterHeader.Parse(Header(api.ResponseHeaders, "Retry-After"), now);
        return HttpFailures.ForStatus($"Graph ({action})", api.ResponseStatusCode, text, retryAfter);
    }

    public static bool IsNotFound(Exception exception) => exception is ApiException { ResponseStatusCode: 404 };

    public static string? Header(IDictionary<string, IEnumerable<string>>? headers, string name) =>
        headers?.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
