namespace InsiderRisk.Functions.Cases.Api.Requests;

/// <summary>Subject, body and cc override the template's for this send.</summary>
public sealed record NoticeRequest(string? TemplateName, string? Subject, string? Body, IReadOnlyList<string?>? Cc);
