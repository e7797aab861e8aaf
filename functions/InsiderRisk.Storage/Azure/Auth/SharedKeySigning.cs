using System.Globalization;
using System.Text;

namespace InsiderRisk.Storage.Azure.Auth;

/// <summary>
/// The strings the storage services sign, built from the documented rules (kept apart from the
/// policies so tests can check them against independently written examples).
/// </summary>
internal static class SharedKeySigning
{
    /// <summary>Tables, SharedKeyLite: <c>x-ms-date</c> value, newline, canonicalized resource.</summary>
    public static string TableLiteStringToSign(string date, string canonicalizedResource) =>
        date + "\n" + canonicalizedResource;

    /// <summary>Tables: <c>/account</c> + the encoded path as sent, plus <c>?comp=…</c> only.</summary>
    public static string TableCanonicalizedResource(string account, Uri uri)
    {
        var resource = "/" + account + uri.AbsolutePath;
        var comp = QueryParameters(uri).FirstOrDefault(p => p.Name == "comp");
        return comp.Name is null ? resource : resource + "?comp=" + comp.Value;
    }

    /// <summary>Queues (and blobs), SharedKey since version 2015-02-21.</summary>
    public static string SharedKeyStringToSign(
        string verb,
        Func<string, string?> header,
        long contentLength,
        string canonicalizedHeaders,
        string canonicalizedResource)
    {
        var builder = new StringBuilder()
            .Append(verb).Append('\n')
            .Append(header("Content-Encoding")).Append('\n')
            .Append(header("Content-Language")).Append('\n')
            .Append(contentLength == 0 ? string.Empty : contentLength.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(header("Content-MD5")).Append('\n')
            .Append(header("Content-Type")).Append('\n')
            .Append('\n') // Date: empty because x-ms-date is sent.
            .Append(header("If-Modified-Since")).Append('\n')
            .Append(header("If-Match")).Append('\n')
            .Append(header("If-None-Match")).Append('\n')
            .Append(header("If-Unmodified-Since")).Append('\n')
            .Append(header("Range")).Append('\n');
        return builder.Append(canonicalizedHeaders).Append(canonicalizedResource).ToString();
    }

    /// <summary>Every <c>x-ms-*</c> header, lowercased, sorted, <c>name:value\n</c>.</summary>
    public static string CanonicalizedHeaders(IEnumerable<(string Name, string Value)> headers)
    {
        var builder = new StringBuilder();
        foreach (var group in headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .GroupBy(h => h.Name.ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            builder.Append(group.Key).Append(':')
                .Append(string.Join(",", group.Select(h => UnfoldWhitespace(h.Value))))
                .Append('\n');
        }

        return builder.ToString();
    }

    /// <summary><c>/account</c> + encoded path, then each decoded query parameter sorted as <c>\nname:v1,v2</c>.</summary>
    public static string SharedKeyCanonicalizedResource(string account, Uri uri)
    {
        var builder = new StringBuilder("/").Append(account).Append(uri.AbsolutePath);
        foreach (var group in QueryParameters(uri)
            .GroupBy(p => p.Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var values = group.Select(p => p.Value).Order(StringComparer.Ordinal);
            builder.Append('\n').Append(group.Key).Append(':').Append(string.Join(",", values));
        }

        return builder.ToString();
    }

    private static IEnumerable<(string Name, string Value)> QueryParameters(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            yield return (Uri.UnescapeDataString(name).ToLowerInvariant(), Uri.UnescapeDataString(value));
        }
    }

    private static string UnfoldWhitespace(string value) =>
        string.Join(' ', value.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
