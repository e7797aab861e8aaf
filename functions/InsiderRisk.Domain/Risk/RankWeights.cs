namespace InsiderRisk.Domain.Risk;

/// <summary>The weight 1 / i^1.5 of the i-th highest counted alert (i from 1).</summary>
/// <remarks>
/// Precomputed because scoring is a hot loop; ranks past the table use the same expression, so
/// every path that scores gets bit-identical terms.
/// </remarks>
internal static class RankWeights
{
    private const int TableSize = 4096;

    private static readonly double[] Table = Build();

    public static double Of(int rank) =>
        (uint)rank < TableSize ? Table[rank] : Compute(rank);

    private static double Compute(int rank) => 1.0 / (rank * Math.Sqrt(rank));

    private static double[] Build()
    {
        var table = new double[TableSize];
        for (int rank = 1; rank < TableSize; rank++)
        {
            table[rank] = Compute(rank);
        }

        return table;
    }
}
