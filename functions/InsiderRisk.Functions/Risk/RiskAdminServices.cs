using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.Risk;

/// <summary>What the risk admin routes need, bound with <c>[AsParameters]</c>.</summary>
public sealed record RiskAdminServices(
    HttpContext Http,
    IAccessGuard Guard,
    IAuditLog Audit,
    RiskRunScheduler Scheduler,
    RiskRunStore Runs,
    RiskQueues Queues,
    TimeProvider Clock);
