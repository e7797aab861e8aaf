using InsiderRisk.Integrations.Email;
using static InsiderRisk.Integrations.Tests.Email.Builders;

namespace InsiderRisk.Integrations.Tests.Email;

public sealed class AcsEmailClientTests
{
    [Fact]
    public async Task A_signed_send_is_taken_once_and_polled_from_Running_to_Succeeded()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var operationId = Guid.NewGuid();

        var result = await HmacClient(server).SendAsync(Message(), operationId);

        Assert.Equal(new EmailSendResult.Sent(operationId, WasAlreadySent: false), result);
        Assert.Empty(server.Problems);
        var requests = server.Requests.ToList();
        Assert.Equal(["POST", "GET", "GET"], requests.Select(r => r.Method));
        Assert.Equal(operationId.ToString("D"), requests[0].OperationId);
        Assert.All(requests.Skip(1), r => Assert.Equal($"/emails/operations/{operationId:D}?api-version=2025-09-01", r.RawUrl));
    }

    [Fact]
    public async Task The_body_carries_sender_recipients_and_content_as_the_schema_names_them()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var operationId = Guid.NewGuid();

        await HmacClient(server).SendAsync(Message(), operationId);

        var email = Assert.Single(server.Emails, e => e.Key == operationId.ToString("D")).Value;
        Assert.Equal(Sender, email.GetProperty("senderAddress").GetString());
        Assert.Equal([UserEmail], Addresses(email, "to"));
        Assert.Equal("Megan Bowen", email.GetProperty("recipients").GetProperty("to")[0].GetProperty("displayName").GetString());
        Assert.Equal(["manager@contoso.com"], Addresses(email, "cc"));
        Assert.Equal(["audit@contoso.com"], Addresses(email, "bcc"));
        var content = email.GetProperty("content");
        Assert.Equal("About your recent activity", content.GetProperty("subject").GetString());
        Assert.Equal("Hello Megan,\nplease review the policy.", content.GetProperty("plainText").GetString());
        Assert.Equal("<p>Hello Megan,</p>", content.GetProperty("html").GetString());
        Assert.True(email.GetProperty("userEngagementTrackingDisabled").GetBoolean());
    }

    [Fact]
    public async Task Empty_cc_and_bcc_are_left_out_of_the_body()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        var email = Message() with { Cc = [], Bcc = [], Html = null };

        await HmacClient(server).SendAsync(email, Guid.NewGuid());

        var sent = Assert.Single(server.Emails).Value;
        Assert.False(sent.GetProperty("recipients").TryGetProperty("cc", out _));
        Assert.False(sent.GetProperty("recipients").TryGetProperty("bcc", out _));
        Assert.False(sent.GetProperty("content").TryGetProperty("html", out _));
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task An_operation_that_ends_Failed_is_rejected_with_the_service_error()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.PollScript = ["Running", "Failed"];

        var result = await HmacClient(server).SendAsync(Message(), Guid.NewGuid());

        var rejected = Assert.IsType<EmailSendResult.Rejected>(result);
        Assert.Contains("All recipients are suppressed.", rejected.Error, StringComparison.Ordinal);
        Assert.Contains("EmailDroppedAllRecipientsSuppressed", rejected.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_that_ends_Canceled_is_rejected()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.PollScript = ["Canceled"];

        var result = await HmacClient(server).SendAsync(Message(), Guid.NewGuid());

        Assert.Contains("canceled", Assert.IsType<EmailSendResult.Rejected>(result).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_still_running_when_polling_ends_is_deferred_not_sent_again()
    {
        using var server = FakeAcsServer.Start(FakeAcsAuth.Hmac());
        server.PollScript = ["Running"];
        var options = FastOptions();
        options.MaxPollDuration = TimeSpan.FromMilliseconds(300);

        var result = await HmacClient(server, options).SendAsync(Message(), Guid.NewGuid());

        Assert.Contains("still Running", Assert.IsType<EmailSendResult.Deferred>(result).Error, StringComparison.Ordinal);
        Assert.Single(server.Sends);
        Assert.Single(server.Emails);
    }
}
