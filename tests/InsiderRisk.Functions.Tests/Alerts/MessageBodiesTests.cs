using InsiderRisk.Domain;
using InsiderRisk.Functions.Alerts.Admin;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>The admin's copy of a rejected message never shows a raw user id in a userId field.</summary>
public sealed class MessageBodiesTests
{
    private static UserPseudonym Fake(string raw) => new("User-" + raw.Length.ToString("D10", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("{\"alertId\":\"a1\",\"userId\":\"adele@contoso.test\"}", "{\"alertId\":\"a1\",\"userId\":\"User-0000000018\"}")]
    [InlineData("[{\"UserId\":\"ben@contoso.test\"},{\"userId\":7},\"x\"]", "[{\"UserId\":\"User-0000000016\"},{\"userId\":7},\"x\"]")]
    [InlineData("not json at all", "not json at all")]
    [InlineData("42", "42")]
    public void Every_alerts_userId_string_becomes_its_pseudonym(string body, string expected) =>
        Assert.Equal(expected, MessageBodies.Pseudonymized(body, Fake));
}
