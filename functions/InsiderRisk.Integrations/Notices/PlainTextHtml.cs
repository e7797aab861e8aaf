using System.Net;
using System.Text;

namespace InsiderRisk.Integrations.Notices;

/// <summary>
/// The HTML variant of a plain-text body: every character encoded (template text and values alike,
/// so neither can inject markup), line breaks kept.
/// </summary>
public static class PlainTextHtml
{
    public static string From(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var lines = plainText.ReplaceLineEndings("\n").Split('\n');
        var html = new StringBuilder("<html><body><div style=\"font-family:Segoe UI,Arial,sans-serif\">");
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                html.Append("<br>\n");
            }

            html.Append(WebUtility.HtmlEncode(lines[i]));
        }

        return html.Append("</div></body></html>").ToString();
    }
}
