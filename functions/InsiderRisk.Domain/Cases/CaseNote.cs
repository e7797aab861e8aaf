namespace InsiderRisk.Domain.Cases;

/// <summary>A case note. Permanent: there is no event that edits or removes one.</summary>
public sealed record CaseNote(string NoteId, string Author, DateTimeOffset CreatedAt, string Text)
{
    /// <summary>Author of notes the case writes itself (an outside effect given up).</summary>
    public const string SystemAuthor = "system";
}
