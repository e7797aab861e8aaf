namespace InsiderRisk.Storage.Alerts;

public enum AlertInsertResult
{
    /// <summary>The alert id was new; the alert is stored.</summary>
    Inserted,

    /// <summary>The alert id was already stored; nothing about the alert changed (a re-delivery).</summary>
    Duplicate,
}
