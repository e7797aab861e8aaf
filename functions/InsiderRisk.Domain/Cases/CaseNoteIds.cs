using System.Globalization;

namespace InsiderRisk.Domain.Cases;

/// <summary>A note's id is the sequence of the event that added it: unique in its case, in order.</summary>
public static class CaseNoteIds
{
    public static string For(long sequence) => string.Create(CultureInfo.InvariantCulture, $"n{sequence:D8}");
}
