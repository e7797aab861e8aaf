using System.Text;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// Just enough of Bicep's syntax to read this repository's templates as text: comments, strings,
/// brackets, statements (one per line at depth 0, ternaries continuing on the next line) and the
/// <c>key: value</c> entries of an object.
/// </summary>
public static class BicepSyntax
{
    /// <summary>The statements of a block, each trimmed; decorators (<c>@…</c>) are their own statements.</summary>
    public static IReadOnlyList<string> Statements(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var statements = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                current.Append(c);
                if (c == '\\' && i + 1 < text.Length)
                {
                    current.Append(text[++i]);
                }
                else if (c == '\'')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '\'':
                    inString = true;
                    break;
                case '{' or '[' or '(':
                    depth++;
                    break;
                case '}' or ']' or ')':
                    depth--;
                    break;
                case '\n' or ',' when depth == 0 && !ContinuesOnNextLine(text, i):
                    Flush(statements, current);
                    continue;
            }

            current.Append(c);
        }

        Flush(statements, current);
        return statements;
    }

    /// <summary>The text inside the first <c>{ … }</c> of an expression (a resource body, a module body, an object literal).</summary>
    public static string? FirstObject(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var start = expression.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var depth = 0;
        var inString = false;
        for (var i = start; i < expression.Length; i++)
        {
            var c = expression[i];
            if (inString)
            {
                i += c == '\\' ? 1 : 0;
                inString = c != '\'';
                continue;
            }

            inString = c == '\'';
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0)
            {
                return expression[(start + 1)..i];
            }
        }

        throw new FormatException($"Unbalanced braces in: {expression}");
    }

    /// <summary>The <c>key: value</c> entries of an object's inside (keys unquoted).</summary>
    public static IEnumerable<(string Key, string Value)> Entries(string objectBody)
    {
        foreach (var statement in Statements(objectBody))
        {
            var colon = statement.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || statement.StartsWith('@') || statement.StartsWith("resource ", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (statement[..colon].Trim().Trim('\''), statement[(colon + 1)..].Trim());
        }
    }

    public static string? Entry(string objectBody, string key) =>
        Entries(objectBody).Where(entry => entry.Key == key).Select(entry => entry.Value).FirstOrDefault();

    /// <summary>A line break inside a ternary written over several lines does not end the statement.</summary>
    private static bool ContinuesOnNextLine(string text, int index)
    {
        if (text[index] != '\n')
        {
            return false;
        }

        var next = index + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && text[next] is '?' or ':' or '.';
    }

    private static void Flush(List<string> statements, StringBuilder current)
    {
        var statement = current.ToString().Trim();
        if (statement.Length > 0)
        {
            statements.Add(statement);
        }

        current.Clear();
    }
}
