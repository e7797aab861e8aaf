using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk;

namespace InsiderRisk.Functions.Users;

/// <summary>What the user and sign-in routes need, bound with <c>[AsParameters]</c>.</summary>
public sealed record UsersServices(
    HttpContext Http,
    IAccessGuard Guard,
    IAuditLog Audit,
    IUserDirectory Directory,
    RiskUsers Users,
    UserRiskStore Risks,
    UserRiskProfileStore Profiles,
    RiskFeedbackRecorder Recorder,
    SignInIndex SignIns,
    RiskAlertFacts Facts,
    RiskScoringContextSource Contexts,
    TimeProvider Clock);
