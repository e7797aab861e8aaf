namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// One HTTP operation as the connector describes it, read from an endpoint's metadata.
/// <paramref name="Path"/> is the full route, e.g. <c>/api/cases/{caseId}</c>;
/// <paramref name="Method"/> is lowercase, as Swagger keys operations; <paramref name="EndpointName"/> is the
/// endpoint's <c>WithName</c>, which is the operationId unless one endpoint serves several methods.
/// </summary>
public sealed record ApiOperation(
    string EndpointName,
    string Path,
    string Method,
    string OperationId,
    string? Summary,
    string? Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ApiParameter> Parameters,
    ApiBody? Body,
    IReadOnlyList<ApiResponse> Responses,
    bool Anonymous);
