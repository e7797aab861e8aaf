using Azure.Core;
using Azure.Core.Pipeline;
using InsiderRisk.Integrations.Http;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// Polls one send operation until it ends or <see cref="AcsEmailClientOptions.MaxPollDuration"/> passes,
/// waiting what ACS's Retry-After asks (else <see cref="AcsEmailClientOptions.PollInterval"/>) between polls.
/// </summary>
internal sealed class AcsOperationPoller(HttpPipeline pipeline, AcsEmailClientOptions options, TimeProvider time)
{
    /// <param name="conflict">The 409's text when the send found the operation id taken; null after a 202.</param>
    public async Task<EmailSendResult> PollAsync(Guid operationId, Uri statusUri, TimeSpan? firstDelay, string? conflict, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + options.MaxPollDuration;
        var delay = firstDelay ?? options.PollInterval;
        var lastStatus = "NotStarted";
        while (true)
        {
            if (time.GetUtcNow() + delay > deadline)
            {
                return new EmailSendResult.Deferred(
                    $"ACS Email operation {operationId} was still {lastStatus} after {options.MaxPollDuration.TotalSeconds:0} s; it will be checked again.",
                    delay);
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }

            using var message = pipeline.CreateMessage();
            message.Request.Method = RequestMethod.Get;
            message.Request.Uri.Reset(statusUri);
            message.Request.Headers.SetValue(HttpHeader.Names.Accept, "application/json");
            await pipeline.SendAsync(message, cancellationToken);
            var response = message.Response;

            if (response.Status == 404 && conflict is not null)
            {
                return new EmailSendResult.Rejected($"ACS Email refused operation {operationId} as a conflict ({conflict}) and knows no such operation.");
            }

            if (response.Status != 200)
            {
                return AcsErrors.ToResult(response, $"the status poll of operation {operationId}", time.GetUtcNow());
            }

            var status = AcsOperationStatus.Parse(response.Content.ToString());
            if (status is null)
            {
                return new EmailSendResult.Deferred($"ACS Email answered the status poll of operation {operationId} with a body that is not a status.");
            }

            switch (status.Status)
            {
                case "Succeeded":
                    return new EmailSendResult.Sent(operationId, WasAlreadySent: conflict is not null);
                case "Failed":
                    return new EmailSendResult.Rejected(
                        $"ACS Email could not send operation {operationId}: {status.ErrorCode ?? "Failed"}: {status.ErrorMessage ?? "(no error text)"}");
                case "Canceled":
                    return new EmailSendResult.Rejected($"ACS Email canceled operation {operationId}.");
            }

            lastStatus = status.Status;
            delay = RetryAfterHeader.Read(response, time.GetUtcNow()) ?? options.PollInterval;
        }
    }
}
