namespace InsiderRisk.Domain.Alerts;

public enum ContentKind
{
    File,
    Email,
}
