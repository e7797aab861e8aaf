namespace InsiderRisk.Functions.OpenApi.Bodies;

/// <summary>Descriptions shared by the single and bulk dismiss bodies.</summary>
public static class DismissalText
{
    public const string Reason =
        "ExpectedActivity, NotImpactful, TooMuchActivity, or your own reason (up to 500 characters).";

    public const string Notes = "Notes kept with the dismissal (up to 10,000 characters).";
}
