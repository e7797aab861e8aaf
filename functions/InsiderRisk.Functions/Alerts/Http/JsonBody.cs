using System.Text.Json;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Http;

/// <summary>Reads a request body as JSON by hand, so malformed JSON and wrong types answer 400 with field errors.</summary>
public static class JsonBody
{
    /// <summary>The body's root element, or the problem to answer (415 not JSON, 400 unparseable).</summary>
    public static async Task<(JsonElement? Json, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.UnsupportedMediaType());
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Invalid(FieldPath.Root, $"The body is not valid JSON ({e.Message})."));
        }
    }

    /// <summary>Like <see cref="ReadAsync"/>, and the body must be a JSON object.</summary>
    public static async Task<(JsonElement? Json, IResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (json, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        return json is { ValueKind: JsonValueKind.Object }
            ? (json, null)
            : (null, ApiProblems.Invalid(FieldPath.Root, "The body must be a JSON object."));
    }
}
