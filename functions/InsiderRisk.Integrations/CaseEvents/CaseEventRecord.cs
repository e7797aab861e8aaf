using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>One stored case event to publish: its case, position, type, time, actor and data (JSON, users as pseudonyms).</summary>
public sealed record CaseEventRecord(string CaseId, long Sequence, string Type, DateTimeOffset At, string By, string Data)
{
    public static CaseEventRecord From(string caseId, StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(caseId, stored.Sequence, stored.Type, stored.At, stored.By, stored.Data);
    }
}
