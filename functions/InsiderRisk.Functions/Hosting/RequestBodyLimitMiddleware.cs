using System.Globalization;

namespace InsiderRisk.Functions.Hosting;

/// <summary>
/// Refuses a declared body over <see cref="RequestLimits.MaxBodyBytes"/> before anything reads it,
/// whichever server carries the request (Kestrel directly, or the Functions host proxying it).
/// Kestrel's own limit covers bodies sent without a length.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    private static readonly string Message = string.Create(
        CultureInfo.InvariantCulture, $"The request body is larger than the limit of {RequestLimits.MaxBodyBytes} bytes.");

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            throw new BadHttpRequestException(Message, StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
