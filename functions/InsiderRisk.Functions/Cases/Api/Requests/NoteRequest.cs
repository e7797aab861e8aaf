namespace InsiderRisk.Functions.Cases.Api.Requests;

public sealed record NoteRequest(string? Text);
