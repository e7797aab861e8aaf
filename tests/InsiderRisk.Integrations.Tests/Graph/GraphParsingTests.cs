using InsiderRisk.Integrations.Graph;
using InsiderRisk.Integrations.Http;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class GraphParsingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/teams('fbe2bf47-16c8-47cf-b4a5-4b9b187c508b')/operations('359d75f6-2b7f-4e4a-9f63-2b5e0e1c7a9a')", "fbe2bf47-16c8-47cf-b4a5-4b9b187c508b", "359d75f6-2b7f-4e4a-9f63-2b5e0e1c7a9a")]
    [InlineData("https://graph.microsoft.com/v1.0/teams/team-1/operations/op-1", "team-1", "op-1")]
    public void Reads_the_team_and_operation_from_a_creation_location(string location, string teamId, string operationId)
    {
        Assert.Equal(new TeamOperationLocation(teamId, operationId), TeamOperationLocation.Parse(location));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/groups('g')")]
    public void A_location_without_an_operation_is_not_one(string? location)
    {
        Assert.Null(TeamOperationLocation.Parse(location));
    }

    [Theory]
    [InlineData("17", 17)]
    [InlineData(" 0 ", 0)]
    [InlineData("Sun, 01 Mar 2026 12:00:45 GMT", 45)]
    [InlineData("Sun, 01 Mar 2026 11:59:00 GMT", 0)]
    public void Reads_retry_after_as_seconds_or_as_a_date(string header, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterHeader.Parse(header, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    [InlineData("-5")]
    public void An_unreadable_retry_after_is_no_hint(string? header)
    {
        Assert.Null(RetryAfterHeader.Parse(header, Now));
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", "'O''Brien'")]
    [InlineData("' or 1 eq 1 or '", "''' or 1 eq 1 or '''")]
    public void Quotes_odata_literals_so_a_name_cannot_change_the_filter(string value, string literal)
    {
        Assert.Equal(literal, ODataText.Quote(value));
    }

    [Theory]
    [InlineData(408, false)]
    [InlineData(429, false)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    [InlineData(400, true)]
    [InlineData(401, true)]
    [InlineData(403, true)]
    [InlineData(404, true)]
    [InlineData(409, true)]
    public void Only_timeouts_throttling_and_server_errors_are_retried(int status, bool permanent)
    {
        Assert.Equal(permanent, HttpFailures.ForStatus("Svc", status, "text", null).Permanent);
    }
}
