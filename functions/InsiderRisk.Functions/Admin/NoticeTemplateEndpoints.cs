using System.Text.Json;
using System.Text.Json.Serialization;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Storage;
using Microsoft.AspNetCore.Mvc;

namespace InsiderRisk.Functions.Admin;

/// <summary>
/// Notice templates. Reading is open to Admins (who manage them) and to the roles that view cases
/// (Analysts and Investigators pick a template to send); writing is Admin only.
/// </summary>
public static class NoticeTemplateEndpoints
{
    public const string ReadAction = "notice-template.read";
    public const string PutAction = "notice-template.put";

    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<IResult> ListAsync(string? pageSize, string? continuationToken, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await DenyReadAsync(services, "templates", cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new FieldErrors();
        var size = PageSizes.Parse(pageSize, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), detail: "The paging parameters are invalid.");
        }

        try
        {
            var (items, next) = await services.Templates.ListAsync(size, continuationToken, cancellationToken);
            return TypedResults.Ok(new TemplateListView([.. items.Select(NoticeTemplateView.Of)], next));
        }
        catch (StorageException e) when (e.Kind == StorageErrorKind.InvalidInput)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["continuationToken"] = ["Pass back the token of a previous page, unchanged."] },
                detail: "The continuation token is not valid.");
        }
    }

    public static async Task<IResult> GetAsync(string name, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await DenyReadAsync(services, name, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await services.Templates.GetAsync(name, cancellationToken) is { } template
            ? TypedResults.Ok(NoticeTemplateView.Of(template))
            : TypedResults.Problem("No notice template has this name.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }

    public static async Task<IResult> PutAsync(
        string name, [FromBody] JsonElement? body, [AsParameters] AdminServices services, NoticeTemplateSyntax syntax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(syntax);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.Administer, PutAction, name, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!JsonBody.TryRead<NoticeTemplateRequest>(body, RequestJson, out var request, out var readErrors))
        {
            return TypedResults.ValidationProblem(readErrors, detail: "The notice template is invalid.");
        }

        var errors = NoticeTemplateRules.Validate(name, request!);
        var template = errors.IsEmpty ? NoticeTemplateRules.ToTemplate(name, request!) : null;
        if (template is not null)
        {
            syntax.Check(template, errors);
        }

        if (template is not null && !NoticeTemplateStore.Fits(template))
        {
            errors.Add("body", "The template is too large to store; shorten the body or the recipient lists.");
        }

        if (template is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), detail: "The notice template is invalid.");
        }

        await services.Templates.PutAsync(template, cancellationToken);
        await services.Audit.WriteAsync(
            new AuditEntry(services.Clock.GetUtcNow(), services.Http.GetPrincipal().UserId, PutAction, name, AuditOutcome.Succeeded),
            cancellationToken);
        return TypedResults.Ok(NoticeTemplateView.Of(template));
    }

    private static async Task<IResult?> DenyReadAsync(AdminServices services, string target, CancellationToken cancellationToken) =>
        Authorizer.Authorize(services.Http.GetPrincipal(), Capability.Administer, null).Allowed
            ? null
            : await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.ViewCases, ReadAction, target, cancellationToken: cancellationToken);
}
