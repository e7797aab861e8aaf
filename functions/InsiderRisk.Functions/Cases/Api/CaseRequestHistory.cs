using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>
/// What an earlier request (by its request id) appended, so a repeat can answer as the first did.
/// Reads the history, which only a repeated Idempotency-Key costs.
/// </summary>
public sealed class CaseRequestHistory(ICaseEventStore store)
{
    public async Task<IReadOnlyList<CaseEvent>> EventsOfAsync(CaseId caseId, string requestId, CancellationToken cancellationToken)
    {
        var events = new List<CaseEvent>();
        await foreach (var stored in store.ReadHistoryAsync(caseId.Value, cancellationToken))
        {
            var caseEvent = CaseJson.Deserialize(stored.Type, stored.Data);
            if (caseEvent.RequestId == requestId)
            {
                events.Add(caseEvent);
            }
        }

        return events;
    }

    /// <summary>The events of this command: the new ones, or for a repeated request id those of the first time.</summary>
    public async Task<IReadOnlyList<CaseEvent>> OutcomeAsync(CaseCommandResult result, CommandStamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stamp);
        return result.Events.Count > 0 || stamp.RequestId is null
            ? result.Events
            : await EventsOfAsync(stamp.CaseId, stamp.RequestId, cancellationToken);
    }
}
