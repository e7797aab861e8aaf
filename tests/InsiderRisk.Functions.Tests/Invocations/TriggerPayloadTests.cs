using System.Text.Json;
using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Functions.Tests.Invocations;

public sealed class TriggerPayloadTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private sealed record Effect(string CaseId, string EffectId);

    [Theory]
    [InlineData("{\"caseId\":\"c-1\",\"effectId\":\"e-1\"}")]
    [InlineData("\"{\\\"caseId\\\":\\\"c-1\\\",\\\"effectId\\\":\\\"e-1\\\"}\"")]
    [InlineData("\"\\uFEFF {\\\"CaseId\\\":\\\"c-1\\\",\\\"EffectId\\\":\\\"e-1\\\"} \"")]
    public void A_message_reads_as_a_record_whatever_its_shape(string value)
    {
        Assert.Equal(new Effect("c-1", "e-1"), TriggerPayload.Read<Effect>(Parse(value), "message", Web));
    }

    [Theory]
    [InlineData("{\"caseId\":[1]}")]
    [InlineData("\"not json\"")]
    [InlineData("null")]
    [InlineData("\"null\"")]
    public void A_message_of_the_wrong_shape_is_an_invalid_payload_naming_the_binding(string value)
    {
        var error = Assert.Throws<InvalidTriggerPayloadException>(() => TriggerPayload.Read<Effect>(Parse(value), "message", Web));

        Assert.Contains("'message'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_Bus_metadata_names_are_read_too()
    {
        var metadata = new InvocationMetadata(Parse("{\"DeliveryCount\":\"2\",\"MessageId\":\"sb-7\",\"sys\":{\"MethodName\":\"IngestAlerts\"}}"));

        Assert.Equal(2, metadata.DequeueCount);
        Assert.Equal("sb-7", metadata.MessageId);
        Assert.Equal("{\"MethodName\":\"IngestAlerts\"}", metadata.GetString("SYS"));
        Assert.Null(metadata.GetInt32("MessageId"));
        Assert.Null(InvocationMetadata.None.DequeueCount);
    }
}
