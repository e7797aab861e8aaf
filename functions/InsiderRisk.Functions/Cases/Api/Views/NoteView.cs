namespace InsiderRisk.Functions.Cases.Api.Views;

public sealed record NoteView(string NoteId, string Author, DateTimeOffset CreatedAt, string Text);
