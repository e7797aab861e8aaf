using Azure.Core;

namespace InsiderRisk.Functions.Tests.Risk.IdentityFeedback;

/// <summary>Issues <see cref="FakeGraphServer.Token"/>, so no test reaches Entra ID.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(FakeGraphServer.Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
