using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using InsiderRisk.Storage.Azure.Connection;

namespace InsiderRisk.Storage.Azure.Auth;

/// <summary>Signs each try of a table request with SharedKeyLite (a fresh <c>x-ms-date</c> every time).</summary>
internal sealed class SharedKeyLitePolicy(StorageSharedKey key, TimeProvider clock) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var date = clock.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        message.Request.Headers.SetValue("x-ms-date", date);
        var resource = SharedKeySigning.TableCanonicalizedResource(key.AccountName, message.Request.Uri.ToUri());
        var signature = key.Sign(SharedKeySigning.TableLiteStringToSign(date, resource));
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, $"SharedKeyLite {key.AccountName}:{signature}");
    }
}
