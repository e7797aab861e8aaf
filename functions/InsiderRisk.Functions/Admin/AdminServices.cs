using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Platform.Settings;

namespace InsiderRisk.Functions.Admin;

/// <summary>What the administration routes need, bound with <c>[AsParameters]</c>.</summary>
public sealed record AdminServices(
    HttpContext Http,
    IAccessGuard Guard,
    IAuditLog Audit,
    NoticeTemplateStore Templates,
    ISettingsStore Settings,
    TimeProvider Clock);
