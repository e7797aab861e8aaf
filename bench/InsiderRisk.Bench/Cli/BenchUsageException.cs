namespace InsiderRisk.Bench.Cli;

/// <summary>A command line the harness cannot run; the message says what to change.</summary>
public sealed class BenchUsageException(string message) : Exception(message);
