namespace InsiderRisk.Bench.Results;

/// <summary>A padded pipe table: readable in a terminal and pasteable into bench/README.md as is.</summary>
public sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <param name="columns">Header text; a leading '>' right-aligns the column (for numbers).</param>
    public MarkdownTable(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _rightAligned = [.. columns.Select(c => c.StartsWith('>'))];
        _headers = [.. columns.Select(c => c.TrimStart('>'))];
    }

    public int RowCount => _rows.Count;

    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfNotEqual(cells.Length, _headers.Length, nameof(cells));
        _rows.Add(cells);
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int[] widths = [.. _headers.Select((h, i) => Math.Max(3, _rows.Select(r => r[i].Length).Append(h.Length).Max()))];
        writer.WriteLine(Line(_headers, widths));
        writer.WriteLine("| " + string.Join(" | ", widths.Select((w, i) => _rightAligned[i] ? new string('-', w - 1) + ":" : new string('-', w))) + " |");
        foreach (string[] row in _rows)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    private string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => _rightAligned[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";
}
