using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InsiderRisk.Storage.Azure.Pipeline;

/// <summary>Sends through the pipeline and turns transport failures (after retries) into <see cref="StorageException"/>.</summary>
internal sealed class StorageSender(HttpPipeline pipeline)
{
    public HttpPipeline Pipeline { get; } = pipeline;

    public async Task<Response> SendAsync(Request request, string action, CancellationToken cancellationToken)
    {
        try
        {
            return await Pipeline.SendRequestAsync(request, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            throw new StorageException(StorageErrorKind.Other, $"{action} could not reach the storage service: {ex.Message}", ex.Status == 0 ? null : ex.Status, ex.ErrorCode, ex);
        }
        catch (AggregateException ex)
        {
            throw new StorageException(StorageErrorKind.Other, $"{action} could not reach the storage service after retries.", innerException: ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StorageException(StorageErrorKind.Other, $"{action} timed out.", innerException: ex);
        }
    }

    /// <summary>Sends and throws the typed error unless the status is one of <paramref name="expected"/>.</summary>
    public async Task<Response> SendExpectingAsync(Request request, string action, CancellationToken cancellationToken, params int[] expected)
    {
        var response = await SendAsync(request, action, cancellationToken);
        if (Array.IndexOf(expected, response.Status) < 0)
        {
            throw StorageErrors.FromResponse(response, action);
        }

        return response;
    }
}
