namespace InsiderRisk.Integrations.ServiceNow;

/// <summary>An incident as the Table API returns it: its record id and its human number (INC0010001).</summary>
public sealed record ServiceNowIncident(string SysId, string Number);
