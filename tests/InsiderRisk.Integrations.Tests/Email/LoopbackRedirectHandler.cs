namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>
/// Sends requests for an https endpoint to the fake ACS on loopback http, below Azure.Core, so the
/// pipeline sees https (bearer tokens are refused over http) while the fake answers locally.
/// </summary>
internal sealed class LoopbackRedirectHandler(Uri target) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri!;
        request.RequestUri = new UriBuilder(original) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
