using System.Globalization;
using System.Text.Json;

namespace InsiderRisk.Integrations.Tests.Email;

internal sealed partial class FakeAcsServer
{
    /// <summary>The answer to one request; null = drop the connection unanswered.</summary>
    private async Task<FakeHttpResponse?> AnswerAsync(RecordedRequest request, byte[] body)
    {
        if (auth.Check(request, body) is { } denied)
        {
            Problems.Enqueue(denied);
            return new FakeHttpResponse(401, Error("Denied", denied));
        }

        var raw = request.RawUrl;
        if (request.Method == "POST" && raw == $"/emails:send?api-version={ApiVersion}")
        {
            return await SendAsync(request, body);
        }

        if (request.Method == "GET" && raw.StartsWith("/emails/operations/", StringComparison.Ordinal) && raw.EndsWith($"?api-version={ApiVersion}", StringComparison.Ordinal))
        {
            return Poll(raw["/emails/operations/".Length..raw.IndexOf('?', StringComparison.Ordinal)]);
        }

        Problems.Enqueue($"unexpected {request.Method} {raw}");
        return new FakeHttpResponse(404, Error("NotFound", $"No route {raw}"));
    }

    private async Task<FakeHttpResponse?> SendAsync(RecordedRequest request, byte[] body)
    {
        var operationId = request.OperationId;
        var shapeProblem = !Guid.TryParseExact(operationId, "D", out _) ? "Operation-Id is not a UUID" : FakeAcsEmailShape.Check(body);
        if (shapeProblem is not null)
        {
            Problems.Enqueue(shapeProblem);
            return new FakeHttpResponse(400, Error("BadRequest", shapeProblem));
        }

        var behavior = SendScript.TryDequeue(out var next) ? next : SendBehavior.Accept;
        switch (behavior)
        {
            case SendBehavior.RejectAsBadRequest:
                return new FakeHttpResponse(400, Error("InvalidRecipient", $"Recipient {FirstRecipient(body)} is not allowed by the sender domain."));
            case SendBehavior.Throttle:
                return new FakeHttpResponse(
                    429, Error("TooManyRequests", "Rate limit exceeded."), new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) });
            case SendBehavior.Unavailable:
                return new FakeHttpResponse(503, Error("ServiceUnavailable", "Try again later."));
            case SendBehavior.Conflict:
                return new FakeHttpResponse(409, Error("Conflict", $"Operation {operationId} already exists."));
            case SendBehavior.Hang:
                await Task.Delay(HangFor);
                break;
        }

        if (!Emails.TryAdd(operationId!, JsonDocument.Parse(body).RootElement.Clone()) && AnswerRepeatWithConflict)
        {
            return new FakeHttpResponse(409, Error("Conflict", $"Operation {operationId} already exists."));
        }

        if (behavior == SendBehavior.AcceptThenDrop)
        {
            return null;
        }

        return new FakeHttpResponse(202, $$"""{"id":"{{operationId}}","status":"Running"}""", new Dictionary<string, string>
        {
            ["Operation-Location"] = $"http://{request.Headers["Host"]}/emails/operations/{operationId}?api-version={ApiVersion}",
            ["Retry-After"] = "0",
        });
    }

    private FakeHttpResponse Poll(string operationId)
    {
        if (!Emails.ContainsKey(operationId))
        {
            return new FakeHttpResponse(404, Error("NotFound", $"Operation {operationId} was not found."));
        }

        var count = polls.AddOrUpdate(operationId, 1, (_, n) => n + 1);
        var status = PollScript[Math.Min(count, PollScript.Count) - 1];
        var headers = status is "Running" or "NotStarted" ? new Dictionary<string, string> { ["Retry-After"] = "0" } : [];
        var error = status == "Failed" ? ""","error":{"code":"EmailDroppedAllRecipientsSuppressed","message":"All recipients are suppressed."}""" : string.Empty;
        return new FakeHttpResponse(200, $$"""{"id":"{{operationId}}","status":"{{status}}"{{error}}}""", headers);
    }

    private static string FirstRecipient(byte[] body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("recipients").GetProperty("to")[0].GetProperty("address").GetString()!;

    private static string Error(string code, string message) => JsonSerializer.Serialize(new { error = new { code, message } });
}
