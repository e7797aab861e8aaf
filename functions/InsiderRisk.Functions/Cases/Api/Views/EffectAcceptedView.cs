namespace InsiderRisk.Functions.Cases.Api.Views;

/// <summary>202 of an action with an outside effect: follow it in <c>GET /api/cases/{caseId}/effects</c>.</summary>
public sealed record EffectAcceptedView(string EffectId);
