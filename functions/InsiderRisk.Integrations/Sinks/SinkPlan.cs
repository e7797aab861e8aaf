namespace InsiderRisk.Integrations.Sinks;

/// <summary>What a local sink records for one effect: the would-be request (JSON) and the stand-in result.</summary>
public sealed record SinkPlan(string Request, string Result);
