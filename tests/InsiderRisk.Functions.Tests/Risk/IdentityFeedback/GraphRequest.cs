namespace InsiderRisk.Functions.Tests.Risk.IdentityFeedback;

/// <summary>One request the fake Graph received.</summary>
public sealed record GraphRequest(string Method, string Path, string? Authorization, string Body);
