using System.Collections.Concurrent;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace InsiderRisk.Integrations.Notices;

/// <summary>
/// Renders notice subjects and bodies with Handlebars. Plain text, so nothing is HTML-escaped;
/// unknown placeholders render as nothing. Compiled templates are cached by their text. Thread-safe.
/// </summary>
public sealed class NoticeRenderer
{
    /// <summary>Bounds the cache: per-send overrides are templates too, and there is no end to them.</summary>
    private const int MaxCachedTemplates = 256;

    private readonly IHandlebars handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });

    /// <summary>Only for checking a template before it is saved: a name we do not provide is a typo, not an empty value.</summary>
    private readonly IHandlebars strict = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = true });
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> cache = new(StringComparer.Ordinal);

    internal int CachedTemplates => cache.Count;

    public RenderedNotice Render(string subjectTemplate, string bodyTemplate, NoticeModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = model.ToContext();
        var subject = OneLine(Run(subjectTemplate, context, "subject"));
        var body = Run(bodyTemplate, context, "body");
        return new RenderedNotice(subject, body, PlainTextHtml.From(body));
    }

    /// <summary>Compiles (or finds cached) and returns nothing; throws <see cref="NoticeTemplateException"/> on a syntax error.</summary>
    public void Compile(string template, string part) => GetCompiled(template, part);

    /// <summary>
    /// Renders <paramref name="template"/> with <paramref name="model"/>, refusing any name that is not
    /// one of <see cref="NoticePlaceholders.All"/>: throws <see cref="NoticeTemplateException"/> naming it.
    /// </summary>
    public void CheckPlaceholders(string template, string part, NoticeModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        try
        {
            _ = strict.Compile(template)(model.ToContext(), null!);
        }
        catch (HandlebarsUndefinedBindingException e)
        {
            throw new NoticeTemplateException(
                $"The {part} uses '{{{{{e.MissingKey}}}}}', which is not a placeholder; use one of {string.Join(", ", NoticePlaceholders.All)}.", e);
        }
        catch (HandlebarsException e)
        {
            throw new NoticeTemplateException($"The {part} cannot be rendered: {FirstLine(e.Message)}", e);
        }
    }

    private string Run(string template, Dictionary<string, object> context, string part)
    {
        var compiled = GetCompiled(template, part);
        try
        {
            return compiled(context, null!);
        }
        catch (HandlebarsException e)
        {
            throw new NoticeTemplateException($"The {part} cannot be rendered: {FirstLine(e.Message)}", e);
        }
    }

    private HandlebarsTemplate<object, object> GetCompiled(string template, string part)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (cache.TryGetValue(template, out var compiled))
        {
            return compiled;
        }

        try
        {
            compiled = handlebars.Compile(template);
        }
        catch (HandlebarsException e)
        {
            throw new NoticeTemplateException($"The {part} is not a valid template: {FirstLine(e.Message)}", e);
        }

        if (cache.Count >= MaxCachedTemplates)
        {
            cache.Clear();
        }

        return cache.GetOrAdd(template, compiled);
    }

    /// <summary>A subject is one header line: values with line breaks must not split it.</summary>
    private static string OneLine(string text) => string.Join(' ', text.ReplaceLineEndings("\n").Split('\n')).Trim();

    private static string FirstLine(string message)
    {
        var line = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? message;
        var at = message.Contains("Occured at:", StringComparison.Ordinal) ? message[message.IndexOf("Occured at:", StringComparison.Ordinal)..].Trim() : null;
        return at is null ? line.Trim() : $"{line.Trim()} ({at.Replace("Occured", "occurred", StringComparison.Ordinal)})";
    }
}
