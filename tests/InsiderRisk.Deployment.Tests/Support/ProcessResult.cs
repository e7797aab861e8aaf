namespace InsiderRisk.Deployment.Tests.Support;

/// <summary>How a finished process ended and what it wrote (stdout and stderr, interleaved as read).</summary>
public sealed record ProcessResult(int ExitCode, string Output);
