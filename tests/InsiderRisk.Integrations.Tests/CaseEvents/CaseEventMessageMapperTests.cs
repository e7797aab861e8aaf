using System.Text.Json.Nodes;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.CaseEvents;

namespace InsiderRisk.Integrations.Tests.CaseEvents;

public sealed class CaseEventMessageMapperTests
{
    private readonly CaseEventMessageMapper publishActors = new();
    private readonly CaseEventMessageMapper hashActors = new(Builders.Hasher());

    [Fact]
    public void Maps_an_event_to_a_body_with_id_type_and_data_and_to_message_properties_for_duplicate_detection()
    {
        var message = publishActors.Map(Builders.Record(Builders.Opened(), sequence: 7));

        Assert.Equal(("IR-42:7", "CaseOpened"), (message.MessageId, message.Subject));
        Assert.Equal("IR-42", message.ApplicationProperties["caseId"]);
        Assert.Equal("7", message.ApplicationProperties["sequence"]);
        var body = JsonNode.Parse(message.Body)!;
        Assert.Equal(["schema", "id", "caseId", "sequence", "type", "at", "by", "data"], body.AsObject().Select(pair => pair.Key));
        Assert.Equal(("IR-42:7", 7L, "2026-03-01T09:30:00.0000000+00:00"), ((string?)body["id"], (long)body["sequence"]!, (string?)body["at"]));
        Assert.Equal(Builders.User.Value, (string?)body["data"]!["user"]);
        Assert.Null(body["data"]!["by"]);
    }

    [Fact]
    public void The_same_event_always_maps_to_the_same_message_so_a_republish_is_a_recognisable_duplicate()
    {
        var record = Builders.Record(Builders.Opened(alerts: 3), sequence: 2);

        Assert.Equal(publishActors.Map(record).Body, publishActors.Map(record).Body);
    }

    [Fact]
    public void Actors_are_published_as_they_are_by_default()
    {
        var message = publishActors.Map(Builders.Record(new CaseEvent.NoteAdded("n-1", Builders.Analyst, "Reviewed the upload."), sequence: 3));

        var body = JsonNode.Parse(message.Body)!;
        Assert.Equal(Builders.Analyst, (string?)body["by"]);
        Assert.Equal(Builders.Analyst, (string?)body["data"]!["author"]);
    }

    [Fact]
    public void With_hashing_on_every_actor_field_is_a_stable_pseudonym_and_the_system_stays_the_system()
    {
        var expected = Builders.Hasher().Pseudonymize(Builders.Analyst).Value;

        var note = JsonNode.Parse(hashActors.Map(Builders.Record(new CaseEvent.NoteAdded("n-1", Builders.Analyst, "text"))).Body)!;
        var contributor = JsonNode.Parse(hashActors.Map(Builders.Record(new CaseEvent.ContributorAdded("bob@contoso.com"))).Body)!;
        var team = JsonNode.Parse(hashActors.Map(Builders.Record(Builders.TeamRequested())).Body)!;
        var timer = JsonNode.Parse(hashActors.Map(Builders.Record(new CaseEvent.NoteAdded("n-2", CaseNote.SystemAuthor, "overdue"), by: CaseNote.SystemAuthor)).Body)!;

        Assert.Equal((expected, expected), ((string?)note["by"], (string?)note["data"]!["author"]));
        Assert.Equal(Builders.Hasher().Pseudonymize("bob@contoso.com").Value, (string?)contributor["data"]!["userId"]);
        Assert.Equal(expected, (string?)team["data"]!["effect"]!["payload"]!["owner"]);
        Assert.Equal((CaseNote.SystemAuthor, CaseNote.SystemAuthor), ((string?)timer["by"], (string?)timer["data"]!["author"]));
        Assert.DoesNotContain(Builders.Analyst, note.ToJsonString() + team.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("megan.bowen@contoso.com")]
    [InlineData("29f270bb-4d23-4f68-8a57-dc73dc0d4caf")]
    [InlineData("User-123")]
    [InlineData("")]
    public void A_user_that_is_not_a_pseudonym_stops_the_event_without_repeating_the_value(string raw)
    {
        var leaking = new CaseEvent.CaseOpened(new Domain.CaseId(Builders.CaseId), "Case", new Domain.UserPseudonym(raw), []);

        var error = Assert.Throws<CaseEventPrivacyException>(() => publishActors.Map(Builders.Record(leaking)));

        Assert.Contains("CaseOpened", error.Message, StringComparison.Ordinal);
        if (raw.Length > 0)
        {
            Assert.DoesNotContain(raw, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_notice_recipient_must_be_a_pseudonym_but_a_share_recipient_is_an_address()
    {
        Assert.Throws<CaseEventPrivacyException>(() => publishActors.Map(Builders.Record(Builders.NoticeRequested("megan.bowen@contoso.com"))));

        var notice = publishActors.Map(Builders.Record(Builders.NoticeRequested(Builders.User.Value)));
        var share = publishActors.Map(Builders.Record(Builders.ShareByEmail("legal@contoso.com")));

        Assert.Contains(Builders.User.Value, notice.Body, StringComparison.Ordinal);
        Assert.Contains("legal@contoso.com", share.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_binding_value_is_one_json_body_per_message()
    {
        var messages = new[] { publishActors.Map(Builders.Record(Builders.Opened(), 1)), publishActors.Map(Builders.Record(Builders.TeamRequested(), 2)) };

        var value = CaseEventBinding.Value(messages);

        Assert.Equal(["IR-42:1", "IR-42:2"], value.Select(body => (string?)body!["id"]));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData(null, false)]
    [InlineData("yes", false)]
    public void Hashing_actors_is_opt_in(string? setting, bool expected)
    {
        Assert.Equal(expected, CaseEventsSettings.From(Graph.TestConfiguration.Of(("CaseEvents__HashActors", setting))).HashActors);
    }
}
