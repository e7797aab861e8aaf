namespace InsiderRisk.Domain.Alerts;

/// <summary>The size limits of an alert delivery; part of the external contract.</summary>
public static class AlertLimits
{
    public const int MaxKeyLength = 128;
    public const int MaxUserIdLength = 256;
    public const int MaxPolicyLength = 256;
    public const int MaxTitleLength = 512;
    public const int MaxActivities = 1_000;
    public const int MaxContentItems = 1_000;
    public const int MaxActivityTypeLength = 128;
    public const int MaxActivityDetailLength = 4_000;
    public const int MaxContentIdLength = 256;
    public const int MaxContentNameLength = 512;
    public const int MaxContentSourceLength = 128;
    public const int MaxSensitivityLength = 128;
    public const int MaxLocationLength = 2_048;
    public const int MaxAlertsPerBatch = 1_000;
    public const int MinRiskScore = 0;
    public const int MaxRiskScore = 100;

    /// <summary>How far ahead of our clock a sender's clock may run before a time counts as "in the future".</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Earlier times are typos or zero values, not detections.</summary>
    public static readonly DateTimeOffset EarliestTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
