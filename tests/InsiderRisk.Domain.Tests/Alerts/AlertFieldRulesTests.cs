using InsiderRisk.Domain.Alerts;
using static InsiderRisk.Domain.Tests.Alerts.Builders;

namespace InsiderRisk.Domain.Tests.Alerts;

/// <summary>One broken field at a time: exactly that field's key is reported, nothing else.</summary>
public sealed class AlertFieldRulesTests
{
    public static TheoryData<string, Func<AlertInput, AlertInput>, string> InvalidFields => new()
    {
        { "alertId missing", a => a with { AlertId = null }, "alertId" },
        { "alertId empty", a => a with { AlertId = "" }, "alertId" },
        { "alertId 129 chars", a => a with { AlertId = new string('a', 129) }, "alertId" },
        { "alertId with slash", a => a with { AlertId = "a/b" }, "alertId" },
        { "alertId with space", a => a with { AlertId = "a b" }, "alertId" },
        { "alertId with hash", a => a with { AlertId = "a#1" }, "alertId" },
        { "alertId non-ASCII letter", a => a with { AlertId = "alerté" }, "alertId" },
        { "userId missing", a => a with { UserId = null }, "userId" },
        { "userId blank", a => a with { UserId = "   " }, "userId" },
        { "userId 257 chars", a => a with { UserId = new string('u', 257) }, "userId" },
        { "userId control char", a => a with { UserId = "alex\u0001@contoso.com" }, "userId" },
        { "userId newline inside", a => a with { UserId = "alex\n@contoso.com" }, "userId" },
        { "policy missing", a => a with { Policy = null }, "policy" },
        { "policy 257 chars", a => a with { Policy = new string('p', 257) }, "policy" },
        { "title missing", a => a with { Title = null }, "title" },
        { "title blank", a => a with { Title = "" }, "title" },
        { "title 513 chars", a => a with { Title = new string('t', 513) }, "title" },
        { "riskScore missing", a => a with { RiskScore = null }, "riskScore" },
        { "riskScore negative", a => a with { RiskScore = -1 }, "riskScore" },
        { "riskScore over 100", a => a with { RiskScore = 101 }, "riskScore" },
        { "riskScore fraction", a => a with { RiskScore = 12.5 }, "riskScore" },
        { "riskScore NaN", a => a with { RiskScore = double.NaN }, "riskScore" },
        { "riskScore infinite", a => a with { RiskScore = double.PositiveInfinity }, "riskScore" },
        { "severity unknown", a => a with { Severity = "Critical" }, "severity" },
        { "severity number", a => a with { Severity = "2" }, "severity" },
        { "severity empty", a => a with { Severity = "" }, "severity" },
        { "detectedAt missing", a => a with { DetectedAt = null }, "detectedAt" },
        { "detectedAt prose", a => a with { DetectedAt = "yesterday" }, "detectedAt" },
        { "detectedAt without offset", a => a with { DetectedAt = "2025-06-01T11:00:00" }, "detectedAt" },
        { "detectedAt date only", a => a with { DetectedAt = "2025-06-01" }, "detectedAt" },
        { "detectedAt month 13", a => a with { DetectedAt = "2025-13-01T11:00:00Z" }, "detectedAt" },
        { "detectedAt before 2000", a => a with { DetectedAt = "1999-12-31T23:59:59Z" }, "detectedAt" },
        { "detectedAt 6 minutes ahead", a => a with { DetectedAt = "2025-06-01T12:06:00Z" }, "detectedAt" },
        { "detectedAt ahead via offset", a => a with { DetectedAt = "2025-06-01T10:00:00-03:00" }, "detectedAt" },
        { "signInId with space", a => a with { SignInId = "sign in" }, "signInId" },
        { "signInId empty", a => a with { SignInId = "" }, "signInId" },
        { "signInId 129 chars", a => a with { SignInId = new string('s', 129) }, "signInId" },
        { "activities over 1,000", _ => WithActivities(1_001), "activities" },
        { "activity null", a => a with { Activities = [null] }, "activities[0]" },
        { "activity type missing", a => a with { Activities = [Activity() with { Type = null }] }, "activities[0].type" },
        { "activity type 129 chars", a => a with { Activities = [Activity() with { Type = new string('t', 129) }] }, "activities[0].type" },
        { "activity time missing", a => a with { Activities = [Activity() with { Time = null }] }, "activities[0].time" },
        { "activity time in future", a => a with { Activities = [Activity() with { Time = "2025-06-02T00:00:00Z" }] }, "activities[0].time" },
        { "activity riskScore missing", a => a with { Activities = [Activity() with { RiskScore = null }] }, "activities[0].riskScore" },
        { "4th activity riskScore", a => a with { Activities = [Activity(), Activity(), Activity(), Activity() with { RiskScore = 100.5 }] }, "activities[3].riskScore" },
        { "activity detail 4,001 chars", a => a with { Activities = [Activity() with { Detail = new string('d', 4_001) }] }, "activities[0].detail" },
        { "activity detail control char", a => a with { Activities = [Activity() with { Detail = "bell\u0007" }] }, "activities[0].detail" },
        { "contentItems over 1,000", _ => WithContentItems(1_001), "contentItems" },
        { "content item null", a => a with { ContentItems = [Content(), null] }, "contentItems[1]" },
        { "content id missing", a => a with { ContentItems = [Content() with { Id = null }] }, "contentItems[0].id" },
        { "content id 257 chars", a => a with { ContentItems = [Content() with { Id = new string('i', 257) }] }, "contentItems[0].id" },
        { "content kind missing", a => a with { ContentItems = [Content() with { Kind = null }] }, "contentItems[0].kind" },
        { "content kind folder", a => a with { ContentItems = [Content() with { Kind = "Folder" }] }, "contentItems[0].kind" },
        { "content name missing", a => a with { ContentItems = [Content() with { Name = null }] }, "contentItems[0].name" },
        { "content name 513 chars", a => a with { ContentItems = [Content() with { Name = new string('n', 513) }] }, "contentItems[0].name" },
        { "content source missing", a => a with { ContentItems = [Content() with { Source = " " }] }, "contentItems[0].source" },
        { "content location ftp", a => a with { ContentItems = [Content() with { Location = "ftp://files.contoso.com/a" }] }, "contentItems[0].location" },
        { "content location relative", a => a with { ContentItems = [Content() with { Location = "sites/finance/a.xlsx" }] }, "contentItems[0].location" },
        { "content location file path", a => a with { ContentItems = [Content() with { Location = "/etc/passwd" }] }, "contentItems[0].location" },
        { "content location javascript", a => a with { ContentItems = [Content() with { Location = "javascript:alert(1)" }] }, "contentItems[0].location" },
        { "content location too long", a => a with { ContentItems = [Content() with { Location = "https://x.com/" + new string('a', 2_040) }] }, "contentItems[0].location" },
        { "content sensitivity 129 chars", a => a with { ContentItems = [Content() with { Sensitivity = new string('s', 129) }] }, "contentItems[0].sensitivity" },
    };

    public static TheoryData<string, Func<AlertInput, AlertInput>> ValidEdges => new()
    {
        { "alertId 128 chars", a => a with { AlertId = new string('a', 128) } },
        { "alertId every allowed char", a => a with { AlertId = "Az09-._:" } },
        { "alertId one char", a => a with { AlertId = "a" } },
        { "userId 256 chars", a => a with { UserId = new string('u', 256) } },
        { "userId object id", a => a with { UserId = "0a1b2c3d-4e5f-6789-abcd-ef0123456789" } },
        { "policy 256 chars", a => a with { Policy = new string('p', 256) } },
        { "title 512 chars", a => a with { Title = new string('t', 512) } },
        { "riskScore 0", a => a with { RiskScore = 0 } },
        { "riskScore 100", a => a with { RiskScore = 100 } },
        { "riskScore 100.0", a => a with { RiskScore = 100.0 } },
        { "severity lower case", a => a with { Severity = "medium" } },
        { "detectedAt 5 minutes ahead", a => a with { DetectedAt = "2025-06-01T12:05:00Z" } },
        { "detectedAt 2000-01-01", a => a with { DetectedAt = "2000-01-01T00:00:00Z" } },
        { "detectedAt 7 fraction digits", a => a with { DetectedAt = "2025-06-01T11:00:00.1234567Z" } },
        { "signInId omitted", a => a with { SignInId = null } },
        { "no activities", a => a with { Activities = [] } },
        { "activity detail multi-line", a => a with { Activities = [Activity() with { Detail = "line 1\r\nline 2\tend" }] } },
        { "activity detail omitted", a => a with { Activities = [Activity() with { Detail = null }] } },
        { "activity detail 4,000 chars", a => a with { Activities = [Activity() with { Detail = new string('d', 4_000) }] } },
        { "email without location", a => a with { ContentItems = [Content() with { Kind = "Email", Location = null, Sensitivity = null }] } },
        { "content kind lower case", a => a with { ContentItems = [Content() with { Kind = "email" }] } },
        { "content location http", a => a with { ContentItems = [Content() with { Location = "http://intranet/a.docx" }] } },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void GivenOneInvalidField_WhenValidated_ThenExactlyThatKeyIsReported(
        string field, Func<AlertInput, AlertInput> change, string expectedKey)
    {
        var errors = ErrorsOf(AlertValidator.Validate(change(Alert()), Now));

        Assert.True(errors.Keys.SequenceEqual([expectedKey]), $"{field}: got keys {string.Join(", ", errors.Keys)}");
        Assert.All(errors[expectedKey], message => Assert.False(string.IsNullOrWhiteSpace(message)));
    }

    [Theory]
    [MemberData(nameof(ValidEdges))]
    public void GivenAValueAtTheEdgeOfItsRule_WhenValidated_ThenTheAlertIsValid(
        string field, Func<AlertInput, AlertInput> change)
    {
        var outcome = AlertValidator.Validate(change(Alert()), Now);

        Assert.True(outcome is Validation<Alert>.Valid, field);
    }
}
