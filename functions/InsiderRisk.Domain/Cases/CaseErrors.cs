namespace InsiderRisk.Domain.Cases;

/// <summary>Every rule a case command can break, by its stable code.</summary>
public static class CaseErrors
{
    public static DomainError CaseNotFound(CaseId caseId) =>
        new(DomainErrorKind.NotFound, "case-not-found", $"Case '{caseId}' does not exist.");

    public static DomainError CaseAlreadyExists(CaseId caseId) =>
        new(DomainErrorKind.Conflict, "case-already-exists", $"Case '{caseId}' already exists.");

    public static DomainError CaseIdMismatch(CaseId commanded, CaseId actual) =>
        new(DomainErrorKind.Invalid, "case-id-mismatch", $"The command is for case '{commanded}' but was given case '{actual}'.");

    public static DomainError CaseClosed(CaseId caseId, string action) =>
        new(DomainErrorKind.Conflict, "case-closed", $"Case '{caseId}' is closed: it accepts notes only, so it cannot {action}.");

    public static DomainError CaseIdInvalid() =>
        new(DomainErrorKind.Invalid, "case-id-invalid", $"A case id needs 1–{CaseIdRules.MaxLength} characters and no / \\ # ? or control characters.");

    public static DomainError CaseNameInvalid() =>
        new(DomainErrorKind.Invalid, "case-name-invalid", $"A case name needs 1–{CaseText.NameMaxLength} characters.");

    public static DomainError AlertsRequired() =>
        new(DomainErrorKind.Invalid, "alerts-required", "At least one alert is needed.");

    public static DomainError AlertUserMismatch(CaseId caseId) =>
        new(DomainErrorKind.Conflict, "alert-user-mismatch", $"The alerts belong to another user than case '{caseId}': a case investigates exactly one user.");

    public static DomainError TextInvalid(string field) =>
        new(DomainErrorKind.Invalid, "note-text-invalid", $"'{field}' needs 1–{CaseText.NoteMaxLength} characters.");

    public static DomainError ContributorInvalid() =>
        new(DomainErrorKind.Invalid, "contributor-invalid", "A contributor needs a user id.");

    public static DomainError NoticeTemplateMissing(string templateName) =>
        new(DomainErrorKind.Invalid, "notice-template-missing", $"There is no notice template named '{templateName}'.");

    public static DomainError InvestigationNameInvalid() =>
        new(DomainErrorKind.Invalid, "investigation-name-invalid", $"An investigation name needs 1–{CaseText.NameMaxLength} characters.");

    public static DomainError AlreadyEscalated(string investigationName) =>
        new(DomainErrorKind.Conflict, "already-escalated", $"The case is already escalated to investigation '{investigationName}'.");

    public static DomainError ShareTargetInvalid() =>
        new(DomainErrorKind.Invalid, "share-target-invalid", "Share with ServiceNow or Email.");

    public static DomainError ShareRecipientRequired() =>
        new(DomainErrorKind.Invalid, "share-recipient-required", "Sharing by email needs a recipient.");

    public static DomainError FlowNameRequired() =>
        new(DomainErrorKind.Invalid, "flow-name-required", "Running a flow needs its name.");

    public static DomainError FlowNotConfigured(string flowName) =>
        new(DomainErrorKind.Invalid, "flow-not-configured", $"No flow named '{flowName}' is configured.");

    public static DomainError ClassificationInvalid() =>
        new(DomainErrorKind.Invalid, "classification-invalid", "Resolve as Benign or ConfirmedPolicyViolation.");

    public static DomainError ActionTakenInvalid() =>
        new(DomainErrorKind.Invalid, "action-taken-invalid", $"Resolving needs the action taken (1–{CaseText.NoteMaxLength} characters).");

    public static DomainError EffectNotFound(EffectId effectId) =>
        new(DomainErrorKind.NotFound, "effect-not-found", $"The case has no effect '{effectId}'.");

    public static DomainError EffectResultMismatch(EffectId effectId, EffectKind expected, EffectKind actual) =>
        new(DomainErrorKind.Invalid, "effect-result-mismatch", $"Effect '{effectId}' is {expected}, not {actual}.");

    public static DomainError EffectNotATimer(EffectId effectId) =>
        new(DomainErrorKind.Invalid, "effect-not-a-timer", $"Effect '{effectId}' is not a review-due timer.");

    public static DomainError AttemptInvalid() =>
        new(DomainErrorKind.Invalid, "attempt-invalid", "Attempts count from 1.");
}
