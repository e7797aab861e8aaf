namespace InsiderRisk.Bench.Cli;

public static class BenchUsage
{
    public const string Text = """
        Usage: dotnet run -c Release --project bench/InsiderRisk.Bench -- COMMAND [options]

        Commands:
          all                  every registered scenario (plain harness)
          NAME[,NAME...]       the named scenarios (see 'list')
          micro                BenchmarkDotNet micro-benchmarks of risk scoring (minutes; not part of 'all')
          list                 the registered scenarios and the stores they run on
          help                 this text

        Options:
          --quick              short timings (all --quick fits in 5 minutes on 2 cores); micro: short-run job
          --store S            sqlite, azurite or all (default all); memory scenarios run whatever is chosen
          --scale LIST         fractions of the full data size, e.g. 0.1,0.5,1.0 (the default; with --quick
                               0.01,0.05 or the scenario's own quick scales); two or more give the growth report
          --seed N             seed of the generated data (default 20260101)

        Prints a readable report, then one line per figure:
          RESULT {"scenario":…,"store":…,"figure":…,"value":…,"baseline":…,"ratio":…,"target":…,"met":…}
        Exit code: 0 when every run finished (targets met or not), 1 when a run failed, 2 for a bad command line.
        """;
}
