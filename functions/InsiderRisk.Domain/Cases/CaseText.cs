using System.Diagnostics.CodeAnalysis;

namespace InsiderRisk.Domain.Cases;

/// <summary>Length rules for the free text a case keeps.</summary>
public static class CaseText
{
    public const int NameMaxLength = 200;
    public const int NoteMaxLength = 10_000;

    /// <summary>Present (not blank) and at most <paramref name="maxLength"/> characters.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text, int maxLength) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= maxLength;

    /// <summary>Absent, blank, or a valid text.</summary>
    public static bool IsValidOptional(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) || text.Length <= maxLength;

    public static bool IsPresent([NotNullWhen(true)] string? text) => !string.IsNullOrWhiteSpace(text);
}
