using InsiderRisk.Integrations.Email;
using static InsiderRisk.Integrations.Tests.Email.Builders;

namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>A send whose answer is lost is sent again with the same Operation-Id, and ACS keeps one email.</summary>
public sealed class AcsEmailIdempotencyTests
{
    [Fact]
    public async Task A_lost_response_is_retried_with_the_same_operation_id_and_one_email_is_sent()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.AcceptThenDrop);
        var operationId = Guid.NewGuid();

        var result = await HmacClient(server).SendAsync(Message(), operationId);

        Assert.IsType<EmailSendResult.Sent>(result);
        var sends = server.Sends.ToList();
        Assert.Equal(2, sends.Count);
        Assert.All(sends, s => Assert.Equal(operationId.ToString("D"), s.OperationId));
        Assert.Single(server.Emails);
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task A_later_attempt_that_meets_409_for_its_operation_polls_it_and_sends_nothing_new()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.SendScript.Enqueue(SendBehavior.AcceptThenDrop);
        server.AnswerRepeatWithConflict = true;
        var operationId = OperationIds.ForEffect(TheEffectId);

        var first = await HmacClient(server, FastOptions(maxRetries: 0)).SendAsync(Message(), operationId);
        var second = await HmacClient(server, FastOptions(maxRetries: 0)).SendAsync(Message(), operationId);

        Assert.IsType<EmailSendResult.Deferred>(first);
        Assert.Equal(new EmailSendResult.Sent(operationId, WasAlreadySent: true), second);
        Assert.Single(server.Emails);
        Assert.Equal(2, server.Sends.Count());
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task A_later_attempt_answered_202_for_its_operation_is_the_same_operation()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var operationId = OperationIds.ForEffect(TheEffectId);

        await HmacClient(server).SendAsync(Message(), operationId);
        var again = await HmacClient(server).SendAsync(Message(), operationId);

        Assert.IsType<EmailSendResult.Sent>(again);
        Assert.Single(server.Emails);
    }
}
