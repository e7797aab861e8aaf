using System.Globalization;
using System.Text;
using System.Xml.Linq;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Storage.Azure.Queues;

/// <summary>The queue service's XML: the message we put, and the message lists it answers with.</summary>
internal static class QueueXml
{
    /// <summary><c>&lt;QueueMessage&gt;&lt;MessageText&gt;base64(UTF-8 text)&lt;/MessageText&gt;&lt;/QueueMessage&gt;</c>.</summary>
    public static byte[] PutBody(string text)
    {
        var document = new XElement("QueueMessage", new XElement("MessageText", Convert.ToBase64String(Encoding.UTF8.GetBytes(text))));
        return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
    }

    public static IReadOnlyList<XElement> Messages(string xml)
    {
        try
        {
            var root = XDocument.Parse(xml).Root;
            return root?.Name.LocalName == "QueueMessagesList" ? [.. root.Elements("QueueMessage")] : [];
        }
        catch (System.Xml.XmlException ex)
        {
            throw new StorageException(StorageErrorKind.Other, "The queue service answered with XML that cannot be read.", innerException: ex);
        }
    }

    public static string Required(XElement message, string name) =>
        message.Element(name)?.Value ?? throw new StorageException(StorageErrorKind.Other, $"A queue message has no {name}.");

    public static QueueMessage ToMessage(XElement message) => new(
        Required(message, "MessageId"),
        Required(message, "PopReceipt"),
        DecodeText(message.Element("MessageText")?.Value ?? string.Empty),
        long.Parse(Required(message, "DequeueCount"), NumberStyles.None, CultureInfo.InvariantCulture),
        Time(Required(message, "InsertionTime")),
        Time(Required(message, "TimeNextVisible")));

    /// <summary>
    /// base64 → UTF-8 text, as we (and the Functions trigger) encode. Text another writer put in
    /// plain (not base64, or not UTF-8 once decoded) is returned as it is.
    /// </summary>
    public static string DecodeText(string wire)
    {
        var buffer = new byte[wire.Length];
        if (!Convert.TryFromBase64String(wire, buffer, out var written))
        {
            return wire;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return wire;
        }
    }

    private static DateTimeOffset Time(string rfc1123) =>
        DateTimeOffset.ParseExact(rfc1123, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
