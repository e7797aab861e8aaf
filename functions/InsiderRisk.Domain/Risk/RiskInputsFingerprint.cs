namespace InsiderRisk.Domain.Risk;

/// <summary>
/// What a user's assessment was computed from, as three change markers the app keeps per user
/// (no hashing, no reading every alert to decide).
/// </summary>
/// <param name="AlertsVersion">Changes whenever one of the user's alerts is added or changes status or
/// case outcome: a per-user write counter, or the ticks of the latest such write.</param>
/// <param name="ProfileVersion"><see cref="UserRiskProfile.Version"/>.</param>
/// <param name="SettingsVersion">Changes with the scoring settings or the user's booster membership.</param>
public readonly record struct RiskInputsFingerprint(long AlertsVersion, long ProfileVersion, long SettingsVersion);
