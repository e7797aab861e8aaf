using System.Text.Json;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed class CaseEventTypesTests
{
    private static readonly string[] StoredNames =
    [
        "AlertsAttached", "CaseMarkedOverdue", "CaseOpened", "CaseResolved", "ContributorAdded", "EffectAttemptFailed",
        "EffectFailed", "EscalationRequested", "FlowCompleted", "FlowRunRequested", "IncidentCreated", "InvestigationCreated",
        "NoteAdded", "NoticeDelivered", "NoticeRequested", "ReminderSent", "ReviewDueScheduled", "ShareRequested",
        "SharedByEmail", "TeamArchiveRequested", "TeamArchived", "TeamCreated", "TeamCreationRequested",
    ];

    [Fact]
    public void GivenTheRegistry_WhenListed_ThenItHoldsExactlyTheStoredNames()
    {
        Assert.Equal(StoredNames, CaseEventTypes.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GivenEveryEventRecord_WhenLookedUp_ThenItHasAStoredName()
    {
        var eventTypes = typeof(CaseEvent).GetNestedTypes().Where(type => type.IsSubclassOf(typeof(CaseEvent)));

        Assert.Equal(eventTypes.OrderBy(type => type.Name, StringComparer.Ordinal), CaseEventTypes.All.Values.OrderBy(type => type.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void GivenAFullLifecycle_WhenEveryEventIsStoredAndRead_ThenItComesBackEqual()
    {
        var history = FullLifecycle().History;
        Assert.Equal(StoredNames, history.Select(e => CaseEventTypes.NameOf(e)).Distinct().Order(StringComparer.Ordinal));

        var readBack = history.Select(e => CaseJson.Serialize(e)).Select(stored => CaseJson.Deserialize(stored.Type, stored.Data));

        Assert.Equal(CaseSpecOutcome.Stored(history), CaseSpecOutcome.Stored(readBack));
    }

    [Fact]
    public void GivenEventsThatCarryAnEffectRequest_WhenInspected_ThenTheyAllExposeIt()
    {
        var carriers = CaseEventTypes.All.Values.Where(type => type.GetProperties().Any(p => p.PropertyType == typeof(EffectRequest)));

        Assert.All(carriers, type => Assert.True(typeof(IRequestsEffect).IsAssignableFrom(type), type.Name));
    }

    [Fact]
    public void GivenAnUnknownStoredName_WhenRead_ThenJsonException()
    {
        Assert.Throws<JsonException>(() => CaseJson.Deserialize("CaseRenamed", "{}"));
        Assert.False(CaseEventTypes.TryGetType("CaseRenamed", out _));
    }
}
