namespace InsiderRisk.Functions.OpenApi;

/// <summary>One configured flow, by the name <c>POST /api/cases/{caseId}/flows</c> takes.</summary>
public sealed record FlowView(string Name);
