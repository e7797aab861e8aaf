using System.Collections.Immutable;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Email;

namespace InsiderRisk.Integrations.Notices;

/// <summary>
/// Checks a notice template before it is saved (the Admin PUT) and per-send overrides before they are
/// accepted, so a broken template is refused with a clear message instead of failing at send time.
/// Errors come keyed by field (<c>name</c>, <c>subject</c>, <c>body</c>, <c>sender</c>, <c>cc</c>, <c>bcc</c>), ready for a validation problem.
/// </summary>
public sealed class NoticeTemplateValidator(NoticeRenderer renderer)
{
    public const int MaxNameLength = 100;
    public const int MaxSubjectLength = 255;
    public const int MaxBodyLength = 20_000;

    /// <summary>ACS takes at most 50 recipients per email; one of them is the user.</summary>
    public const int MaxCopies = 49;

    /// <summary>The route fills <see cref="NoticeTemplate.Sender"/> from <c>Email__Sender</c> when the request has none.</summary>
    public IReadOnlyDictionary<string, string[]> Validate(NoticeTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var errors = new NoticeErrors();
        CheckName(errors, template.Name);
        CheckSubject(errors, template.Subject, required: true);
        CheckBody(errors, template.Body, required: true);
        if (string.IsNullOrWhiteSpace(template.Sender))
        {
            errors.Add("sender", "A sender address is required (or set Email__Sender for templates without one).");
        }
        else if (!EmailAddresses.IsValid(template.Sender))
        {
            errors.Add("sender", $"'{template.Sender}' is not an email address.");
        }

        CheckAddresses(errors, "cc", template.Cc);
        CheckAddresses(errors, "bcc", template.Bcc);
        if (Count(template.Cc) + Count(template.Bcc) > MaxCopies)
        {
            errors.Add("cc", $"Cc and bcc together hold at most {MaxCopies} addresses.");
        }

        return errors.ToDictionary();
    }

    /// <summary>The per-send subject, body and cc of <c>POST …/notices</c>; absent ones keep the template's.</summary>
    public IReadOnlyDictionary<string, string[]> ValidateOverrides(string? subject, string? body, IReadOnlyList<string>? cc)
    {
        var errors = new NoticeErrors();
        CheckSubject(errors, subject, required: false);
        CheckBody(errors, body, required: false);
        if (cc is not null)
        {
            CheckAddresses(errors, "cc", [.. cc]);
        }

        return errors.ToDictionary();
    }

    private static void CheckName(NoticeErrors errors, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            errors.Add("name", $"A template name is required, at most {MaxNameLength} characters.");
        }
        else if (name.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?'))
        {
            errors.Add("name", "A template name may not contain control characters or / \\ # ?.");
        }
    }

    private void CheckSubject(NoticeErrors errors, string? subject, bool required)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            if (required)
            {
                errors.Add("subject", "A subject is required.");
            }
        }
        else if (subject.Length > MaxSubjectLength)
        {
            errors.Add("subject", $"The subject is {subject.Length} characters; at most {MaxSubjectLength}.");
        }
        else if (subject.Contains('\r', StringComparison.Ordinal) || subject.Contains('\n', StringComparison.Ordinal))
        {
            errors.Add("subject", "The subject is one line: no line breaks.");
        }
        else
        {
            CheckRenders(errors, "subject", subject);
        }
    }

    private void CheckBody(NoticeErrors errors, string? body, bool required)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            if (required)
            {
                errors.Add("body", "A body is required.");
            }
        }
        else if (body.Length > MaxBodyLength)
        {
            errors.Add("body", $"The body is {body.Length} characters; at most {MaxBodyLength}.");
        }
        else
        {
            CheckRenders(errors, "body", body);
        }
    }

    /// <summary>
    /// Compiling finds syntax errors; rendering with sample values finds unknown helpers and partials,
    /// and names a placeholder we do not provide (a typo would otherwise send an empty gap).
    /// </summary>
    private void CheckRenders(NoticeErrors errors, string field, string template)
    {
        try
        {
            renderer.Compile(template, field);
            _ = field == "subject"
                ? renderer.Render(template, string.Empty, NoticeModel.Sample)
                : renderer.Render(string.Empty, template, NoticeModel.Sample);
            renderer.CheckPlaceholders(template, field, NoticeModel.Sample);
        }
        catch (NoticeTemplateException e)
        {
            errors.Add(field, e.Message);
        }
    }

    private static void CheckAddresses(NoticeErrors errors, string field, ImmutableArray<string> addresses)
    {
        foreach (var address in addresses.IsDefault ? [] : addresses)
        {
            if (!EmailAddresses.IsValid(address))
            {
                errors.Add(field, $"'{address}' is not an email address.");
            }
        }
    }

    private static int Count(ImmutableArray<string> addresses) => addresses.IsDefault ? 0 : addresses.Length;
}
