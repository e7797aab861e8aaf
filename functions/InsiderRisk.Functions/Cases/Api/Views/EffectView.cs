using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases.Api.Views;

public sealed record EffectView(string EffectId, EffectKind Kind, EffectStatus Status, int Attempts, string? LastError, string? Result);
