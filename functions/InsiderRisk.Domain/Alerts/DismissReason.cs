namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Why an analyst dismissed an alert: one of the three standard reasons or their own words.
/// <see cref="ApiValue"/> is what the API's <c>reason</c> field carries (and what is stored).
/// </summary>
public abstract record DismissReason
{
    private DismissReason()
    {
    }

    public abstract string ApiValue { get; }

    /// <summary>The sentence shown to people (history, notes).</summary>
    public abstract string Description { get; }

    public sealed record ExpectedActivity : DismissReason
    {
        public override string ApiValue => nameof(ExpectedActivity);

        public override string Description => "Activity is expected for this user.";
    }

    public sealed record NotImpactful : DismissReason
    {
        public override string ApiValue => nameof(NotImpactful);

        public override string Description => "Alert isn't impactful enough to investigate.";
    }

    public sealed record TooMuchActivity : DismissReason
    {
        public override string ApiValue => nameof(TooMuchActivity);

        public override string Description => "Too much activity in this user's alerts.";
    }

    public sealed record FreeText(string Text) : DismissReason
    {
        public override string ApiValue => Text;

        public override string Description => Text;
    }
}
