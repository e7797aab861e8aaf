using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Users;

/// <summary>A feedback detection holding the user at High (e.g. "Admin confirmed user compromised").</summary>
public sealed record DetectionView(string Name, FeedbackDetectionKind Kind, DateTimeOffset At, string? SignInId, string? CaseId);
