namespace InsiderRisk.Functions.Configuration;

/// <summary><c>InsiderRisk__DataDirectory</c>: where the embedded store (and the local pseudonym key) live.</summary>
public sealed class InsiderRiskOptions
{
    public const string Section = "InsiderRisk";

    public string DataDirectory { get; set; } = "./.insiderrisk";
}
