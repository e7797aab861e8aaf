using InsiderRisk.Domain;

namespace InsiderRisk.Bench.Commands;

/// <summary>One command of the mix, made into a real <c>CaseCommand</c> when a writer runs it (stamped then, as the routes stamp it).</summary>
/// <param name="Number">Unique in the run: the request id and the note text carry it.</param>
public sealed record PlannedCommand(int Number, CaseId CaseId, PlannedKind Kind, int Analyst);
