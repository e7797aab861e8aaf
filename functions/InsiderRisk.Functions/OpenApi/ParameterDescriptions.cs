namespace InsiderRisk.Functions.OpenApi;

/// <summary>What the API's parameters mean (API.md), for the designer's tooltips.</summary>
public static class ParameterDescriptions
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["alertId"] = "The alert's ID, as the alert pipeline sent it.",
        ["caseId"] = "The case's ID.",
        ["noteId"] = "The note's ID.",
        ["userId"] = "The user as the API shows them: their pseudonym, or their ID where pseudonymization is off.",
        ["signInId"] = "The sign-in's ID.",
        ["runId"] = "The ID of a risk recompute run.",
        ["name"] = "The notice template's name.",
        ["status"] = "Only items in this status.",
        ["severity"] = "Only alerts of this severity.",
        ["policy"] = "Only alerts of this policy.",
        ["from"] = "From this time (ISO 8601, UTC).",
        ["to"] = "Up to this time (ISO 8601, UTC).",
        ["openedFrom"] = "Only cases opened at or after this time (ISO 8601, UTC).",
        ["openedTo"] = "Only cases opened before this time (ISO 8601, UTC).",
        ["updatedFrom"] = "Only cases updated at or after this time (ISO 8601, UTC).",
        ["updatedTo"] = "Only cases updated before this time (ISO 8601, UTC).",
        ["minRiskScore"] = "Only activities with at least this risk score.",
        ["kind"] = "Only content of this kind.",
        ["source"] = "Only content from this source.",
        ["actor"] = "Only entries by this actor.",
        ["action"] = "Only entries of this action.",
        ["q"] = "Only items containing this text.",
        ["pageSize"] = "Items per page: 1 to 1000, 50 when not given.",
        ["continuationToken"] = "The continuationToken of the previous page, to read the next one.",
    };

    public static string For(string name) =>
        Known.TryGetValue(name, out var description) ? description : HumanText.Label(name) + ".";
}
