using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Ingestion;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>Reading a delivery leniently: wrong JSON types are field errors under the validator's keys, never exceptions.</summary>
public sealed class AlertDeliveryTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void One_valid_alert_object_is_a_delivery_of_one_with_severity_as_sent()
    {
        var result = Validate(Alert("a1", severity: "low", riskScore: 90));

        var alert = Assert.Single(Assert.IsType<Validation<IReadOnlyList<Alert>>.Valid>(result).Value);
        Assert.Equal("a1", alert.AlertId.Value);
        Assert.Equal(Severity.Low, alert.Severity);
        Assert.Equal(2, alert.Activities.Count);
        Assert.Equal(2, alert.ContentItems.Count);
    }

    [Fact]
    public void Wrong_json_types_are_reported_once_per_field_by_what_was_expected()
    {
        var alert = Alert("a1");
        alert["riskScore"] = "80";
        alert["userId"] = 42;
        alert["activities"] = new JsonObject();
        alert["contentItems"] = new JsonArray("not an item");
        alert["signInId"] = true;

        var errors = Errors(Validate(alert));

        Assert.Equal(["riskScore must be a number."], errors["riskScore"]);
        Assert.Equal(["userId must be a string."], errors["userId"]);
        Assert.Equal(["activities must be an array."], errors["activities"]);
        Assert.Single(errors["contentItems[0]"]);
        Assert.Equal(["signInId must be a string."], errors["signInId"]);
    }

    [Fact]
    public void In_an_array_every_problem_is_keyed_by_the_item_index_and_nothing_is_valid()
    {
        var bad = Alert("a2");
        bad.Remove("userId");
        bad["activities"]![0]!["riskScore"] = 101;

        var errors = Errors(Validate(Batch(Alert("a1"), bad, Alert("a1"))));

        Assert.Contains("[1].userId", errors.Keys);
        Assert.Contains("[1].activities[0].riskScore", errors.Keys);
        Assert.Contains("[2].alertId", errors.Keys);
        Assert.DoesNotContain(errors.Keys, key => key.StartsWith("[0]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"just text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("[]")]
    public void A_body_that_is_neither_an_alert_nor_alerts_is_a_whole_body_error(string json)
    {
        using var document = JsonDocument.Parse(json);

        var errors = Errors(AlertDelivery.Validate(document.RootElement, Now));

        Assert.Equal([FieldPath.Root], errors.Keys);
    }

    [Fact]
    public void More_than_a_thousand_alerts_are_refused_by_count_alone()
    {
        var many = new JsonArray([.. Enumerable.Range(0, 1_001).Select(i => (JsonNode)new JsonObject { ["alertId"] = $"a{i}" })]);

        var errors = Errors(Validate(many));

        Assert.Equal([FieldPath.Root], errors.Keys);
        Assert.Contains("1,000", errors[FieldPath.Root][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_alert_too_large_for_its_row_is_refused_before_anything_is_stored()
    {
        var alert = Alert("big");
        var detail = new string('x', AlertLimits.MaxActivityDetailLength);
        alert["activities"] = new JsonArray([.. Enumerable.Range(0, 130).Select(_ => (JsonNode)new JsonObject
        {
            ["type"] = "FileDownloaded", ["time"] = Iso(BaseTime), ["riskScore"] = 50, ["detail"] = detail,
        })]);

        var errors = Errors(Validate(Batch(Alert("small"), alert)));

        Assert.Contains("too large", Assert.Single(errors["[1]"]), StringComparison.Ordinal);
    }

    private static Validation<IReadOnlyList<Alert>> Validate(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return AlertDelivery.Validate(document.RootElement, Now);
    }

    private static IReadOnlyDictionary<string, string[]> Errors(Validation<IReadOnlyList<Alert>> result) =>
        Assert.IsType<Validation<IReadOnlyList<Alert>>.Invalid>(result).Errors;
}
