namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// <c>LocalRun:*</c>: the trigger loop that stands in for the Functions host when the app runs on its
/// own. Never used under the host, which runs the triggers itself.
/// </summary>
public sealed class LocalRunOptions
{
    public const string Section = "LocalRun";

    /// <summary>
    /// On or off; unset = on when a real server (Kestrel) serves the app (<c>dotnet run</c>), off in an
    /// in-memory test host, where each test turns it on or drives the triggers it needs.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>How long the loop rests when no queue had a message.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a received message stays hidden while its function runs (the host's default is 10 minutes).</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages received per queue per poll (1–32).</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Deliveries before a message moves to <c>{queue}-poison</c>, as host.json's <c>maxDequeueCount</c>.</summary>
    public int MaxDequeueCount { get; set; } = 5;
}
