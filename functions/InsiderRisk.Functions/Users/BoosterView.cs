using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Users;

public sealed record BoosterView(RiskBoosterKind Kind, double Factor);
