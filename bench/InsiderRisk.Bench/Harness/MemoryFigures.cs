using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Harness;

/// <summary>The peaks of a run as figures, so they print, compare and grow like the others.</summary>
public static class MemoryFigures
{
    public const string PeakHeap = "peak_heap_mb";
    public const string PeakWorkingSet = "peak_working_set_mb";
    private const double Mebibyte = 1024.0 * 1024.0;

    public static bool Is(Figure figure) => figure is { Name: PeakHeap or PeakWorkingSet };

    public static IReadOnlyList<Figure> Of(MemoryPeak memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return
        [
            new Figure(PeakHeap, "MiB", memory.PeakManagedBytes / Mebibyte, Growth: GrowthKind.Cost),
            new Figure(PeakWorkingSet, "MiB", memory.PeakWorkingSetBytes / Mebibyte, Growth: GrowthKind.Cost),
        ];
    }
}
