using Azure.Core;

namespace InsiderRisk.Storage.Azure;

/// <summary>
/// Pipeline options for the table and queue clients: exponential retries (Azure.Core retries
/// 408/429/500/502/503/504 and network failures), a network timeout, and diagnostics that log no
/// keys, filters, continuation keys or pop receipts. Set <see cref="ClientOptions.Transport"/> to
/// use a custom HttpClient.
/// </summary>
public sealed class AzureStorageClientOptions : ClientOptions
{
    public AzureStorageClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 5;
        Retry.Delay = TimeSpan.FromMilliseconds(800);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(100);
        foreach (var header in new[] { "x-ms-version", "x-ms-error-code", "x-ms-date", "DataServiceVersion", "MaxDataServiceVersion", "Prefer", "Preference-Applied" })
        {
            Diagnostics.LoggedHeaderNames.Add(header);
        }

        foreach (var parameter in new[] { "$top", "numofmessages", "visibilitytimeout", "messagettl", "comp" })
        {
            Diagnostics.LoggedQueryParameters.Add(parameter);
        }
    }

    /// <summary>The clock used for <c>x-ms-date</c> (tests may fix it).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
