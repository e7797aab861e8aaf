using System.Collections.Concurrent;
using Azure.Core;

namespace InsiderRisk.TestSupport;

/// <summary>Hands out one fixed token, so no test reaches Entra ID, and remembers the scopes it was asked for.</summary>
public sealed class FakeTokenCredential(string token = FakeTokenCredential.DefaultToken) : TokenCredential
{
    public const string DefaultToken = "fake-graph-token-5b1c";

    private readonly ConcurrentQueue<string> scopes = new();

    public string Token => token;

    public IReadOnlyList<string> Scopes => [.. scopes];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            scopes.Enqueue(scope);
        }

        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
