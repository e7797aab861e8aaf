namespace InsiderRisk.Integrations.Notices;

/// <summary>A notice with its placeholders filled: one-line subject, plain-text body, and the same body as safe HTML.</summary>
public sealed record RenderedNotice(string Subject, string PlainText, string Html);
