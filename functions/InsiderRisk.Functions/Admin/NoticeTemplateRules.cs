using System.Collections.Immutable;
using System.Text.RegularExpressions;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Admin;

/// <summary>
/// What a notice template may hold. Limits keep the stored JSON in one table property and the
/// subject a single header line (no CR/LF to inject headers with).
/// </summary>
internal static partial class NoticeTemplateRules
{
    public const int MaxNameLength = 100;
    public const int MaxSubjectLength = 255;
    public const int MaxBodyLength = 10_000;
    public const int MaxRecipients = 20;
    public const int MaxAddressLength = 254;

    public static bool IsValidName(string? name) => name is { Length: > 0 and <= MaxNameLength } && Name().IsMatch(name);

    public static FieldErrors Validate(string name, NoticeTemplateRequest request)
    {
        var errors = new FieldErrors();
        if (!IsValidName(name))
        {
            errors.Add("name", $"A template name is 1 to {MaxNameLength} letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(request.Subject) || request.Subject.Length > MaxSubjectLength || request.Subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            errors.Add("subject", $"The subject is required: 1 to {MaxSubjectLength} characters on one line.");
        }

        if (string.IsNullOrWhiteSpace(request.Body) || request.Body.Length > MaxBodyLength)
        {
            errors.Add("body", $"The body is required: 1 to {MaxBodyLength} characters.");
        }

        if (request.Sender is { } sender && !IsAddress(sender))
        {
            errors.Add("sender", "The sender must be an email address (or left out to use the app's default sender).");
        }

        CheckRecipients(errors, "cc", request.Cc);
        CheckRecipients(errors, "bcc", request.Bcc);
        return errors;
    }

    public static NoticeTemplate ToTemplate(string name, NoticeTemplateRequest request) => new(
        name,
        request.Sender?.Trim() ?? string.Empty,
        request.Subject!.Trim(),
        request.Body!,
        [.. (request.Cc ?? []).Select(address => address.Trim())],
        [.. (request.Bcc ?? []).Select(address => address.Trim())]);

    private static void CheckRecipients(FieldErrors errors, string field, IReadOnlyList<string>? addresses)
    {
        if (addresses is null)
        {
            return;
        }

        if (addresses.Count > MaxRecipients)
        {
            errors.Add(field, $"At most {MaxRecipients} addresses.");
        }

        for (var i = 0; i < addresses.Count; i++)
        {
            if (!IsAddress(addresses[i]))
            {
                errors.Add($"{field}[{i}]", "Not an email address.");
            }
        }
    }

    private static bool IsAddress(string? address) =>
        address?.Trim() is { Length: > 0 and <= MaxAddressLength } trimmed && Address().IsMatch(trimmed);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[^@\s<>,;""]+@[^@\s<>,;""]+\.[^@\s<>,;""]+$")]
    private static partial Regex Address();
}
