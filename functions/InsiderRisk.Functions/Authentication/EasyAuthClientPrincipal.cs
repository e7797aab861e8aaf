using System.Text.Json.Serialization;

namespace InsiderRisk.Functions.Authentication;

/// <summary>The JSON App Service Authentication puts, base64-encoded, in <c>X-MS-CLIENT-PRINCIPAL</c>.</summary>
public sealed record EasyAuthClientPrincipal(
    [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
    [property: JsonPropertyName("claims")] IReadOnlyList<EasyAuthClaim?>? Claims,
    [property: JsonPropertyName("name_typ")] string? NameClaimType,
    [property: JsonPropertyName("role_typ")] string? RoleClaimType);

public sealed record EasyAuthClaim(
    [property: JsonPropertyName("typ")] string? Type,
    [property: JsonPropertyName("val")] string? Value);
