namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/notice-templates/{name}</c>.</summary>
public static class NoticeTemplatesApiFunction
{
    public static FunctionDefinition Definition { get; } = ApiFunction.ForArea("NoticeTemplatesApi", "notice-templates");
}
