using System.Collections.Concurrent;
using InsiderRisk.Integrations.Tests.Graph;

namespace InsiderRisk.Integrations.Tests.Flows;

/// <summary>
/// Plays a Power Automate HTTP trigger on loopback: the URL carries a signature in its query, as real
/// trigger URLs do, and a call without the right signature is refused as Power Automate would.
/// </summary>
internal sealed class FakeFlow
{
    public const string Signature = "Zk9sT3dTaWduYXR1cmVTZWNyZXQ";

    private readonly ConcurrentQueue<LoopbackResponse> answers = new();

    public FakeFlow()
    {
        Server = new LoopbackServer(Respond);
    }

    public LoopbackServer Server { get; }

    public Uri TriggerUrl => new(Server.BaseUri, $"workflows/8f0e6c1a/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={Signature}");

    /// <summary>Answers queued for the next calls; when none is queued the flow answers 202 with a small JSON.</summary>
    public void AnswerNext(LoopbackResponse answer) => answers.Enqueue(answer);

    private LoopbackResponse Respond(RecordedRequest request)
    {
        if (request.QueryValue("sig") != Signature)
        {
            return new LoopbackResponse(401, "{\"error\":{\"code\":\"DirectApiAuthorizationRequired\",\"message\":\"The request must be authenticated.\"}}");
        }

        return answers.TryDequeue(out var answer) ? answer : new LoopbackResponse(202, "{\"status\":\"queued\",\"runId\":\"08585\"}");
    }
}
