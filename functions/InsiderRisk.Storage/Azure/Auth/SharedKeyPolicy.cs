using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using InsiderRisk.Storage.Azure.Connection;

namespace InsiderRisk.Storage.Azure.Auth;

/// <summary>Signs each try of a queue request with SharedKey (a fresh <c>x-ms-date</c> every time).</summary>
internal sealed class SharedKeyPolicy(StorageSharedKey key, TimeProvider clock) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", clock.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        var length = request.Content is { } content && content.TryComputeLength(out var computed) ? computed : 0;
        var stringToSign = SharedKeySigning.SharedKeyStringToSign(
            request.Method.Method,
            name => request.Headers.TryGetValue(name, out var value) ? value : null,
            length,
            SharedKeySigning.CanonicalizedHeaders(request.Headers.Select(h => (h.Name, h.Value))),
            SharedKeySigning.SharedKeyCanonicalizedResource(key.AccountName, request.Uri.ToUri()));
        request.Headers.SetValue(HttpHeader.Names.Authorization, $"SharedKey {key.AccountName}:{key.Sign(stringToSign)}");
    }
}
