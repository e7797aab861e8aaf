using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InsiderRisk.Storage.Azure.Queues;

/// <summary>Builds the queue service's requests.</summary>
internal sealed class QueueRequests(HttpPipeline pipeline, Uri endpoint)
{
    public const string ApiVersion = "2021-12-02";

    public Request Create(string queue) => New(RequestMethod.Put, queue);

    public Request Send(string queue, string text, long visibilitySeconds, long? timeToLiveSeconds)
    {
        var request = New(RequestMethod.Post, $"{queue}/messages");
        request.Uri.AppendQuery("visibilitytimeout", Number(visibilitySeconds), escapeValue: false);
        if (timeToLiveSeconds is { } ttl)
        {
            request.Uri.AppendQuery("messagettl", Number(ttl), escapeValue: false);
        }

        request.Headers.SetValue(HttpHeader.Names.ContentType, "application/xml");
        request.Content = RequestContent.Create(QueueXml.PutBody(text));
        return request;
    }

    public Request Receive(string queue, int maxMessages, long visibilitySeconds)
    {
        var request = New(RequestMethod.Get, $"{queue}/messages");
        request.Uri.AppendQuery("numofmessages", Number(maxMessages), escapeValue: false);
        request.Uri.AppendQuery("visibilitytimeout", Number(visibilitySeconds), escapeValue: false);
        return request;
    }

    public Request Delete(string queue, string messageId, string popReceipt)
    {
        var request = New(RequestMethod.Delete, $"{queue}/messages/{Uri.EscapeDataString(messageId)}");
        request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        return request;
    }

    public Request UpdateVisibility(string queue, string messageId, string popReceipt, long visibilitySeconds)
    {
        var request = New(RequestMethod.Put, $"{queue}/messages/{Uri.EscapeDataString(messageId)}");
        request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        request.Uri.AppendQuery("visibilitytimeout", Number(visibilitySeconds), escapeValue: false);
        return request;
    }

    private Request New(RequestMethod method, string path)
    {
        var request = pipeline.CreateRequest();
        request.Method = method;
        request.Uri.Reset(endpoint);
        request.Uri.AppendPath("/" + path, escape: false);
        request.Headers.SetValue("x-ms-version", ApiVersion);
        return request;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
