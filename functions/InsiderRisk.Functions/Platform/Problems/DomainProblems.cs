using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Platform.Problems;

/// <summary>Maps a domain rule's refusal to the problem response callers rely on.</summary>
public static class DomainProblems
{
    public static IResult ToResult(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (status, title) = error.Kind switch
        {
            DomainErrorKind.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            DomainErrorKind.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            _ => (StatusCodes.Status400BadRequest, "Invalid request"),
        };
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }
}
