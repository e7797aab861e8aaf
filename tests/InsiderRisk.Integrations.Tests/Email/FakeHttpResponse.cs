namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>What the fake ACS answers: a status, a JSON body and extra headers.</summary>
internal sealed record FakeHttpResponse(int Status, string Json, IReadOnlyDictionary<string, string> Headers)
{
    public FakeHttpResponse(int status, string json)
        : this(status, json, new Dictionary<string, string>())
    {
    }
}
