namespace InsiderRisk.Functions.Risk.IdentityFeedback;

/// <summary>How a request ended, as its final row keeps it: <see cref="Request"/> is what was (or would have been) sent, the user's id left out.</summary>
public sealed record IdentityFinish(IdentityFeedbackStatus Status, string Channel, string Detail, string Request, DateTimeOffset At);
