namespace InsiderRisk.Functions.Hosting;

public static class RequestLimits
{
    /// <summary>1 MiB: the largest request body the app reads (Kestrel and <see cref="RequestBodyLimitMiddleware"/>).</summary>
    public const long MaxBodyBytes = 1024 * 1024;
}
