using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>The <c>UserRisk</c> row of an assessment. Property names are a storage format.</summary>
internal static class UserRiskRows
{
    /// <summary>12 chunks of contributions (384,000 chars) leave room for the row's other properties under 1 MiB.</summary>
    private const int MaxContributionChars = 12 * RiskTextChunks.ChunkChars;

    /// <summary>Half a property (~400 sign-ins): past that they are not kept, and every rescore records them all.</summary>
    private const int MaxSignInChars = RiskTextChunks.ChunkChars / 2;

    public static TableEntity ToRow(StoredUserRisk stored)
    {
        var a = stored.Assessment;
        var row = new TableEntity(RiskShards.For(stored.User), stored.User.Value)
        {
            ["Score"] = a.Score,
            ["Level"] = a.Level.ToString(),
            ["State"] = a.State.ToString(),
            ["FormulaScore"] = a.FormulaScore,
            ["BoostedScore"] = a.BoostedScore,
            ["ComputedAt"] = a.ComputedAt,
            ["ProfileVersion"] = a.ProfileVersion,
            ["ValidUntil"] = a.ValidUntil,
            ["Boosters"] = JsonSerializer.Serialize(a.Boosters, RiskJson.Options),
            ["Detections"] = JsonSerializer.Serialize(a.Detections, RiskJson.Options),
            ["AlertsVersion"] = stored.Fingerprint.AlertsVersion,
            ["InputsProfileVersion"] = stored.Fingerprint.ProfileVersion,
            ["SettingsVersion"] = stored.Fingerprint.SettingsVersion,
        };
        var (json, omitted) = Contributions(a.Contributions);
        RiskTextChunks.Write(row, "C", json);
        row["ContributionsOmitted"] = omitted + stored.ContributionsOmitted;
        if (stored.SignIns is { } signIns && JsonSerializer.Serialize(signIns.Select(signIn => signIn.Value), RiskJson.Options) is { Length: <= MaxSignInChars } signInJson)
        {
            row["SignIns"] = signInJson;
        }

        return row;
    }

    public static StoredUserRisk FromRow(TableEntity row)
    {
        var assessment = new UserRiskAssessment(
            row.GetInt32("Score") ?? 0,
            Enum.Parse<RiskLevel>(row.GetString("Level") ?? nameof(RiskLevel.None)),
            Enum.Parse<RiskState>(row.GetString("State") ?? nameof(RiskState.None)),
            row.GetInt32("FormulaScore") ?? 0,
            row.GetInt32("BoostedScore") ?? 0,
            Read<AlertContribution>(RiskTextChunks.Read(row, "C")),
            Read<AppliedBooster>(row.GetString("Boosters")),
            Read<FeedbackDetection>(row.GetString("Detections")),
            row.GetDateTime("ComputedAt") ?? DateTimeOffset.MinValue,
            row.GetInt64("ProfileVersion") ?? 0,
            row.GetDateTime("ValidUntil"));
        var fingerprint = new RiskInputsFingerprint(
            row.GetInt64("AlertsVersion") ?? 0,
            row.GetInt64("InputsProfileVersion") ?? 0,
            row.GetInt64("SettingsVersion") ?? 0);
        var signIns = row.GetString("SignIns") is { } recorded ? Read<string>(recorded).Select(signIn => new SignInId(signIn)).ToList() : null;
        return new StoredUserRisk(new UserPseudonym(row.RowKey), assessment, fingerprint, row.GetInt32("ContributionsOmitted") ?? 0, signIns);
    }

    private static (string Json, int Omitted) Contributions(IReadOnlyList<AlertContribution> contributions)
    {
        var kept = contributions.Count;
        while (true)
        {
            var json = JsonSerializer.Serialize(contributions.Take(kept), RiskJson.Options);
            if (json.Length <= MaxContributionChars)
            {
                return (json, contributions.Count - kept);
            }

            // Contributions are ranked highest first: the tail is what matters least.
            kept = (int)(kept * (double)MaxContributionChars / json.Length * 0.95);
        }
    }

    private static T[] Read<T>(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<T[]>(json, RiskJson.Options)
            ?? throw new StorageException(StorageErrorKind.Other, "A stored risk assessment holds a null list.");
}
