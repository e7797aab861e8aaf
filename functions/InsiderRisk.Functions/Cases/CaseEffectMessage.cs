namespace InsiderRisk.Functions.Cases;

/// <summary>The body of a <c>case-effects</c> queue message (API.md, "Queue messages").</summary>
public sealed record CaseEffectMessage(string CaseId, string EffectId);
