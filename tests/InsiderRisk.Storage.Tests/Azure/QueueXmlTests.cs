using System.Text;
using InsiderRisk.Storage.Azure.Queues;

namespace InsiderRisk.Storage.Tests.Azure;

public sealed class QueueXmlTests
{
    [Fact]
    public void The_put_body_carries_base64_of_the_UTF8_text()
    {
        var body = Encoding.UTF8.GetString(QueueXml.PutBody("<b>ü</b>"));

        Assert.Equal($"<QueueMessage><MessageText>{Convert.ToBase64String(Encoding.UTF8.GetBytes("<b>ü</b>"))}</MessageText></QueueMessage>", body);
    }

    [Fact]
    public void A_received_message_is_read_with_its_times_and_count()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?><QueueMessagesList><QueueMessage>
            <MessageId>m-1</MessageId><InsertionTime>Sun, 22 Nov 2026 11:47:49 GMT</InsertionTime>
            <ExpirationTime>Sun, 29 Nov 2026 11:47:49 GMT</ExpirationTime><PopReceipt>AgAA+/==</PopReceipt>
            <TimeNextVisible>Sun, 22 Nov 2026 11:48:19 GMT</TimeNextVisible><DequeueCount>3</DequeueCount>
            <MessageText>aGVsbG8=</MessageText></QueueMessage></QueueMessagesList>
            """;

        var message = QueueXml.ToMessage(Assert.Single(QueueXml.Messages(xml)));

        Assert.Equal("m-1", message.MessageId);
        Assert.Equal("AgAA+/==", message.PopReceipt);
        Assert.Equal("hello", message.Text);
        Assert.Equal(3, message.DequeueCount);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 11, 47, 49, TimeSpan.Zero), message.InsertedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 11, 48, 19, TimeSpan.Zero), message.NextVisibleAt);
    }

    [Theory]
    [InlineData("aGVsbG8=", "hello")]
    [InlineData("plain text, not base64", "plain text, not base64")]
    [InlineData("/w==", "/w==")]
    [InlineData("", "")]
    public void Text_another_writer_left_unencoded_is_returned_as_it_is(string wire, string expected)
    {
        Assert.Equal(expected, QueueXml.DecodeText(wire));
    }

    [Fact]
    public void An_empty_list_and_unreadable_XML_are_told_apart()
    {
        Assert.Empty(QueueXml.Messages("<QueueMessagesList />"));
        Assert.Equal(StorageErrorKind.Other, Assert.Throws<StorageException>(() => QueueXml.Messages("<QueueMessagesList>")).Kind);
    }
}
