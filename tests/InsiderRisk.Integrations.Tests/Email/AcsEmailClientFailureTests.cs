using InsiderRisk.Integrations.Email;
using static InsiderRisk.Integrations.Tests.Email.Builders;

namespace InsiderRisk.Integrations.Tests.Email;

public sealed class AcsEmailClientFailureTests
{
    [Fact]
    public async Task A_400_is_rejected_with_the_service_error_text_and_not_retried()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.RejectAsBadRequest);

        var result = await HmacClient(server).SendAsync(Message(), Guid.NewGuid());

        var rejected = Assert.IsType<EmailSendResult.Rejected>(result);
        Assert.Contains($"InvalidRecipient: Recipient {UserEmail} is not allowed by the sender domain.", rejected.Error, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Empty(server.Emails);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_its_Retry_After_then_the_send_goes_through()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.Throttle);
        server.RetryAfterSeconds = 1;

        var result = await HmacClient(server).SendAsync(Message(), Guid.NewGuid());

        Assert.IsType<EmailSendResult.Sent>(result);
        var sends = server.Sends.ToList();
        Assert.Equal(2, sends.Count);
        Assert.True(sends[1].ReceivedAt - sends[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "the retry came before Retry-After");
        Assert.Single(server.Emails);
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task A_429_asking_for_a_long_wait_is_handed_back_as_retryable_with_that_wait()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.Throttle);
        server.RetryAfterSeconds = 120;

        var result = await HmacClient(server).SendAsync(Message(), Guid.NewGuid());

        var deferred = Assert.IsType<EmailSendResult.Deferred>(result);
        Assert.Equal(TimeSpan.FromSeconds(120), deferred.RetryAfter);
        Assert.Contains("429", deferred.Error, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_503_that_persists_is_retried_in_process_then_deferred()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        for (var i = 0; i < 3; i++)
        {
            server.SendScript.Enqueue(SendBehavior.Unavailable);
        }

        var result = await HmacClient(server, FastOptions(maxRetries: 2)).SendAsync(Message(), Guid.NewGuid());

        Assert.Contains("503", Assert.IsType<EmailSendResult.Deferred>(result).Error, StringComparison.Ordinal);
        Assert.Equal(3, server.Sends.Count());
        Assert.Empty(server.Emails);
    }

    [Fact]
    public async Task A_send_that_times_out_is_deferred()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.Hang);
        var options = FastOptions(maxRetries: 0);
        options.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(300);

        var result = await HmacClient(server, options).SendAsync(Message(), Guid.NewGuid());

        Assert.IsType<EmailSendResult.Deferred>(result);
    }

    [Fact]
    public async Task A_conflict_for_an_operation_ACS_does_not_know_is_rejected()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.Conflict);

        var result = await HmacClient(server).SendAsync(Message(), Guid.NewGuid());

        Assert.Contains("knows no such operation", Assert.IsType<EmailSendResult.Rejected>(result).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_access_key_is_refused_by_the_signature_check()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var client = new AcsEmailClient(AcsEmailConnection.FromConnectionString($"endpoint={server.Endpoint};accesskey={wrongKey}"), FastOptions());

        var result = await client.SendAsync(Message(), Guid.NewGuid());

        Assert.Contains("401", Assert.IsType<EmailSendResult.Rejected>(result).Error, StringComparison.Ordinal);
        Assert.Equal(["the HMAC signature does not match"], server.Problems);
    }
}
