using System.Collections.Specialized;

namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>One request as the fake ACS received it, with the raw request target the client signed.</summary>
internal sealed record RecordedRequest(string Method, string RawUrl, NameValueCollection Headers, string Body, DateTimeOffset ReceivedAt)
{
    public string? OperationId => Headers["Operation-Id"];
}
