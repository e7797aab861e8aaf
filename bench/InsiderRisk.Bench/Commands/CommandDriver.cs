using System.Diagnostics;
using System.Globalization;
using InsiderRisk.Bench.CaseData;
using InsiderRisk.Bench.Measurement;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Bench.Commands;

/// <summary>
/// Runs planned commands through the app's <see cref="ICaseCommands"/> with a number of concurrent
/// writers taking the next command in turn. A notice resolves its template first, as the route does;
/// each command is timed from there to the command path's answer.
/// </summary>
public sealed class CommandDriver(ICaseCommands commands, NoticeTemplateSource templates, TimeProvider time)
{
    public async Task<CommandTally> RunAsync(
        IReadOnlyList<PlannedCommand> plan, int writers, LatencyRecorder latencies, EventLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(latencies);
        ArgumentNullException.ThrowIfNull(ledger);
        int next = -1;
        int accepted = 0;
        int refused = 0;
        int busy = 0;
        long start = Stopwatch.GetTimestamp();
        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(
            async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < plan.Count)
                {
                    PlannedCommand planned = plan[index];
                    CaseCommandResult result = await latencies.TimeAsync(() => ExecuteAsync(planned, cancellationToken));
                    if (result.Succeeded)
                    {
                        ledger.Add(planned.CaseId.Value, result.Events);
                        Interlocked.Increment(ref accepted);
                    }
                    else if (result.Error!.Code == "case-busy")
                    {
                        Interlocked.Increment(ref busy);
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
            },
            cancellationToken));
        await Task.WhenAll(tasks);
        return new CommandTally(plan.Count, accepted, refused, busy, Stopwatch.GetElapsedTime(start));
    }

    private async Task<CaseCommandResult> ExecuteAsync(PlannedCommand planned, CancellationToken cancellationToken)
    {
        string by = SyntheticCases.Analyst(planned.Analyst);
        string requestId = string.Create(CultureInfo.InvariantCulture, $"bench-{planned.Number}");
        DateTimeOffset now = time.GetUtcNow();
        CaseCommand command = planned.Kind switch
        {
            PlannedKind.Note => new CaseCommand.AddNote(string.Create(CultureInfo.InvariantCulture, $"Reviewed the activity (note {planned.Number})."))
            {
                CaseId = planned.CaseId, At = now, By = by, RequestId = requestId,
            },
            PlannedKind.Notice => new CaseCommand.SendNotice(BenchNoticeTemplate.Name, await templates.FindAsync(BenchNoticeTemplate.Name, cancellationToken))
            {
                CaseId = planned.CaseId, At = now, By = by, RequestId = requestId,
            },
            PlannedKind.Resolve => new CaseCommand.Resolve(CaseClassification.Benign, "Confirmed with the user's manager; no further action.")
            {
                CaseId = planned.CaseId, At = now, By = by, RequestId = requestId,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(planned), planned.Kind, null),
        };
        return await commands.ExecuteAsync(command, cancellationToken);
    }
}
