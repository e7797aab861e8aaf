namespace InsiderRisk.Functions.Admin;

/// <summary><c>PUT /api/notice-templates/{name}</c>: the template's fields; sender, cc and bcc are optional.</summary>
public sealed record NoticeTemplateRequest(string? Subject, string? Body, string? Sender, IReadOnlyList<string>? Cc, IReadOnlyList<string>? Bcc);
