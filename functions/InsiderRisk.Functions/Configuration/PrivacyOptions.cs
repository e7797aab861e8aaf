namespace InsiderRisk.Functions.Configuration;

/// <summary><c>Privacy__PseudonymizeUsers</c>: show users by pseudonym (the default).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    public bool PseudonymizeUsers { get; set; } = true;
}
