using System.Text;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>Bicep's <c>//</c> and <c>/* */</c> comments, told apart from <c>//</c> inside strings (URLs).</summary>
public static class BicepComments
{
    /// <summary>The text without comments; strings are kept as written.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                result.Append(c);
                if (c == '\\' && i + 1 < text.Length)
                {
                    result.Append(text[++i]);
                }
                else if (c == '\'')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                result.Append('\n');
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1;
                continue;
            }

            inString = c == '\'';
            result.Append(c);
        }

        return result.ToString();
    }
}
