using System.Text.Json;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>The app with one Power Automate flow configured and one notice template stored as the Admin area stores it (default, PascalCase JSON).</summary>
public sealed class ApiWithFlow : ApiWithCases
{
    public const string FlowName = "NotifyHr";
    public const string TemplateName = "first-warning";
    public const string TemplateBody = "Dear {user}, please contact compliance.";

    public ApiWithFlow()
        : base(new Dictionary<string, string?> { [$"Flows:{FlowName}:Url"] = "https://flows.contoso.test/notify-hr" })
    {
        var template = new NoticeTemplate(TemplateName, "compliance@contoso.test", "A reminder", TemplateBody, ["legal@contoso.test"], []);
        var row = new TableEntity(NoticeTemplateSource.Partition, TemplateName)
        {
            [NoticeTemplateSource.JsonProperty] = JsonSerializer.Serialize(template),
        };
        Factory.Services.GetRequiredService<ITableStore>().UpsertAsync(NoticeTemplateSource.Table, row).GetAwaiter().GetResult();
    }
}
