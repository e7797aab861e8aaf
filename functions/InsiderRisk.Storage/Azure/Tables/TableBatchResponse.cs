using System.Globalization;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>
/// Reads a batch response: the batch boundary from the response's Content-Type, the changeset
/// boundary from the first part's headers, then each part's inner status line, headers and body.
/// Tolerates LF-only line ends and extra blank lines. A part that is itself an HTTP response (the
/// service's answer to a batch it refused as a whole) is returned as the only part.
/// </summary>
internal static class TableBatchResponse
{
    public static IReadOnlyList<BatchPartResponse> Parse(string contentType, string body)
    {
        var batchBoundary = Boundary(contentType)
            ?? throw new StorageException(StorageErrorKind.Other, "The batch response has no multipart boundary.");
        var results = new List<BatchPartResponse>();
        foreach (var part in Parts(body, batchBoundary))
        {
            var (headers, content) = SplitHeaders(part);
            var changesetBoundary = headers.TryGetValue("Content-Type", out var type) ? Boundary(type) : null;
            if (changesetBoundary is null)
            {
                results.Add(ParseHttp(content));
                continue;
            }

            foreach (var inner in Parts(content, changesetBoundary))
            {
                results.Add(ParseHttp(SplitHeaders(inner).Content));
            }
        }

        return results;
    }

    /// <summary>The <c>boundary=</c> parameter of a multipart content type (quotes removed), or null.</summary>
    public static string? Boundary(string contentType)
    {
        foreach (var parameter in contentType.Split(';', StringSplitOptions.TrimEntries))
        {
            if (parameter.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                return parameter["boundary=".Length..].Trim('"');
            }
        }

        return null;
    }

    /// <summary>The parts between <c>--boundary</c> delimiter lines, up to <c>--boundary--</c>.</summary>
    private static List<string> Parts(string body, string boundary)
    {
        var parts = new List<string>();
        var delimiter = "--" + boundary;
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        List<string>? current = null;
        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd();
            if (trimmed == delimiter || trimmed == delimiter + "--")
            {
                if (current is not null)
                {
                    parts.Add(string.Join("\n", current));
                }

                current = trimmed == delimiter ? [] : null;
                if (current is null)
                {
                    break;
                }
            }
            else
            {
                current?.Add(line);
            }
        }

        return parts;
    }

    /// <summary>Headers up to the first blank line (leading blank lines skipped), then the rest.</summary>
    private static (Dictionary<string, string> Headers, string Content) SplitHeaders(string part, bool skipLeadingBlankLines = true)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = part.Split('\n');
        var index = 0;
        while (skipLeadingBlankLines && index < lines.Length && lines[index].Trim().Length == 0)
        {
            index++;
        }

        for (; index < lines.Length && lines[index].Trim().Length > 0; index++)
        {
            var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[lines[index][..colon].Trim()] = lines[index][(colon + 1)..].Trim();
            }
        }

        return (headers, string.Join("\n", lines.Skip(index + 1)));
    }

    /// <summary>An embedded HTTP response: status line, headers, blank line, body.</summary>
    private static BatchPartResponse ParseHttp(string text)
    {
        var trimmed = text.TrimStart('\r', '\n', ' ');
        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var statusLine = (newline < 0 ? trimmed : trimmed[..newline]).Trim();
        var fields = statusLine.Split(' ', 3);
        if (fields.Length < 2 || !fields[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new StorageException(StorageErrorKind.Other, "A batch response part has no HTTP status line.");
        }

        var (headers, body) = SplitHeaders(newline < 0 ? string.Empty : trimmed[(newline + 1)..], skipLeadingBlankLines: false);
        return new BatchPartResponse(status, headers, body.Trim());
    }
}
