namespace InsiderRisk.Domain.Risk;

/// <summary>
/// The explainable path of <see cref="RiskScore"/>: same formula, same order of additions, plus one
/// <see cref="AlertContribution"/> per counted alert.
/// </summary>
public static class RiskScoreExplainer
{
    public static RiskScoreExplanation Explain(IEnumerable<RiskAlertFact> countedAlerts)
    {
        ArgumentNullException.ThrowIfNull(countedAlerts);
        RiskAlertFact[] ranked = [.. countedAlerts];
        Array.Sort(ranked, CompareByRank);
        var contributions = new AlertContribution[ranked.Length];
        double raw = 0.0;
        for (int i = 0; i < ranked.Length; i++)
        {
            int rank = i + 1;
            int riskScore = RiskScore.Checked(ranked[i].RiskScore);
            double term = RiskScore.Term(riskScore, rank);
            raw += term;
            contributions[i] = new AlertContribution(ranked[i].AlertId, riskScore, rank, 100.0 * term / RiskScore.FullScaleRaw);
        }

        return new RiskScoreExplanation(raw, RiskScore.FromRaw(raw), contributions);
    }

    // Highest score first; ties broken newest first, then by id, so the listing is stable whatever the input order.
    private static int CompareByRank(RiskAlertFact a, RiskAlertFact b)
    {
        int byScore = b.RiskScore.CompareTo(a.RiskScore);
        if (byScore != 0)
        {
            return byScore;
        }

        int byTime = b.DetectedAt.CompareTo(a.DetectedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.AlertId.Value, b.AlertId.Value);
    }
}
