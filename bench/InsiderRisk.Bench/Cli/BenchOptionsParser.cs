using System.Globalization;
using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Cli;

/// <summary>
/// <c>(all | micro | list | help | SCENARIO[,SCENARIO…]) [--quick] [--store sqlite|azurite|all]
/// [--scale 0.1,0.5,1.0] [--seed N]</c>.
/// </summary>
public static class BenchOptionsParser
{
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        BenchCommand? command = null;
        var scenarios = new List<string>();
        bool quick = false;
        IReadOnlySet<StoreKind> stores = StoreKinds.Persistent;
        IReadOnlyList<double>? scales = null;
        int seed = BenchOptions.DefaultSeed;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--quick":
                    quick = true;
                    break;
                case "--store":
                    stores = ParseStores(ValueAfter(args, ref i));
                    break;
                case "--scale":
                    scales = ParseScales(ValueAfter(args, ref i));
                    break;
                case "--seed":
                    seed = int.TryParse(ValueAfter(args, ref i), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s)
                        ? s
                        : throw new BenchUsageException("--seed takes a whole number.");
                    break;
                case "-h" or "--help" or "help":
                    command = BenchCommand.Help;
                    break;
                case "all" or "micro" or "list":
                    command = Once(command, arg == "all" ? BenchCommand.Run : arg == "micro" ? BenchCommand.Micro : BenchCommand.List, arg);
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw new BenchUsageException($"Unknown option '{arg}'.");
                    }

                    command = Once(command, BenchCommand.Run, arg);
                    scenarios.AddRange(arg.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
            }
        }

        return new BenchOptions(
            command ?? throw new BenchUsageException("Name a scenario, or 'all', 'micro' or 'list'."),
            scenarios,
            new BenchSelection(stores, scales ?? (quick ? BenchOptions.QuickScales : BenchOptions.DefaultScales), quick, seed, ScalesGiven: scales is not null));
    }

    private static BenchCommand Once(BenchCommand? current, BenchCommand next, string arg) =>
        current switch
        {
            null => next,
            BenchCommand.Help => BenchCommand.Help,
            _ => throw new BenchUsageException($"'{arg}': give one of 'all', 'micro', 'list' or a comma-separated list of scenarios."),
        };

    private static string ValueAfter(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new BenchUsageException($"{args[i - 1]} needs a value.");

    private static IReadOnlySet<StoreKind> ParseStores(string text) =>
        text.Equals("all", StringComparison.OrdinalIgnoreCase) ? StoreKinds.Persistent
        : StoreKinds.TryParse(text, out StoreKind store) && store != StoreKind.Memory ? new HashSet<StoreKind> { store }
        : throw new BenchUsageException($"--store takes sqlite, azurite or all, not '{text}'.");

    private static double[] ParseScales(string text)
    {
        double[] scales =
        [
            .. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double scale) && scale > 0 && scale <= 10
                    ? scale
                    : throw new BenchUsageException($"--scale takes fractions of the full data size in (0, 10], like 0.1,0.5,1.0; not '{part}'.")),
        ];
        return scales.Length > 0
            ? [.. scales.Distinct().Order()]
            : throw new BenchUsageException("--scale needs at least one value.");
    }
}
