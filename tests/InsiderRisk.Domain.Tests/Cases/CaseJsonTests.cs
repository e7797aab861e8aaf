using System.Text.Json.Nodes;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed class CaseJsonTests
{
    [Fact]
    public void GivenACaseOpenedEvent_WhenStored_ThenJsonIsCamelCaseWithPlainIdsAndStringEnums()
    {
        var (type, data) = CaseJson.Serialize(Opened()[0]);
        var json = JsonNode.Parse(data)!;

        Assert.Equal("CaseOpened", type);
        Assert.Equal("case-0001", (string?)json["caseId"]);
        Assert.Equal("User-7Q4K2M", (string?)json["user"]);
        Assert.Equal("Medium", (string?)json["alerts"]![0]!["severity"]);
        Assert.Equal(Analyst, (string?)json["by"]);
    }

    [Fact]
    public void GivenAnEffectRequest_WhenStored_ThenPayloadNamesItsKind()
    {
        var (_, data) = CaseJson.Serialize(NoticeRequested(3, At(1))[0]);
        var effect = JsonNode.Parse(data)!["effect"]!;

        Assert.Equal("case-0001-fx00000003", (string?)effect["effectId"]);
        Assert.Equal("SendNotice", (string?)effect["kind"]);
        Assert.Equal("SendNotice", (string?)effect["payload"]!["$type"]);
        Assert.Equal(TemplateName, (string?)effect["payload"]!["templateName"]);
        Assert.Null(effect["payload"]!["kind"]);
    }

    [Fact]
    public void GivenEveryPayloadOfAFullLifecycle_WhenStoredAndRead_ThenEqual()
    {
        var payloads = FullLifecycle().State.Effects.Values.Select(effect => effect.Payload).ToList();
        Assert.Equal(Enum.GetValues<EffectKind>().Order(), payloads.Select(p => p.Kind).Distinct().Order());

        Assert.All(payloads, payload =>
        {
            var json = CaseJson.SerializePayload(payload);
            Assert.Equal(json, CaseJson.SerializePayload(CaseJson.DeserializePayload(json)));
        });
    }

    [Fact]
    public void GivenAFullLifecycleState_WhenSnapshottedAndRead_ThenTheSnapshotIsTheSame()
    {
        var state = FullLifecycle().State;
        var snapshot = CaseJson.SerializeState(state);
        var readBack = CaseJson.DeserializeState(snapshot);

        Assert.Equal(snapshot, CaseJson.SerializeState(readBack));
        Assert.Equal(state.Version, readBack.Version);
        Assert.Equal(state.Effects.Keys, readBack.Effects.Keys);
    }
}
