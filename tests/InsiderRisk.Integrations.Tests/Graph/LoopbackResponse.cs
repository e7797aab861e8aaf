namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>
/// What a loopback server answers. <see cref="Abort"/> resets the connection without a word (a lost
/// response); <see cref="Delay"/> holds the answer back (a timeout).
/// </summary>
internal sealed record LoopbackResponse(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null, bool Abort = false, TimeSpan? Delay = null)
{
    public static LoopbackResponse Lost { get; } = new(0, Abort: true);

    public string ContentType { get; init; } = "application/json";
}
