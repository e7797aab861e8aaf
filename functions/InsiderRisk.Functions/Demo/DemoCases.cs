using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Triage;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Functions.Demo;

/// <summary>
/// The demo's triage and case work: two open cases (notes, a contributor, a notice, an escalation),
/// one closed Benign, one closed as a confirmed policy violation, two alerts dismissed, the rest left
/// for review. Every command carries a fixed request id, so running it again changes nothing.
/// </summary>
public sealed class DemoCases(AlertTriage triage, ICaseCommands commands)
{
    public async Task CreateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sales = await ConfirmAsync(["demo-alert-0001", "demo-alert-0002"], "Sales pipeline shared outside the company", DemoPeople.Analyst,
            "Two exfiltration signals in one week from the same account; opening a case.", cancellationToken);
        await RunAsync(
            new CaseCommand.AddNote("Asked the sales manager: no partner sharing was approved this quarter.") { CaseId = sales, At = now, By = DemoPeople.Analyst, RequestId = "demo-sales-note" },
            cancellationToken);
        await RunAsync(
            new CaseCommand.AddContributor(DemoPeople.HrPartner) { CaseId = sales, At = now, By = DemoPeople.Analyst, RequestId = "demo-sales-contributor" },
            cancellationToken);
        var reminder = DemoTemplates.All.First(template => template.Name == DemoTemplates.Reminder);
        await RunAsync(
            new CaseCommand.SendNotice(reminder.Name, reminder) { CaseId = sales, At = now, By = DemoPeople.Analyst, RequestId = "demo-sales-notice" },
            cancellationToken);

        var departing = await ConfirmAsync(["demo-alert-0004", "demo-alert-0005"], "Departing engineer copying source code", DemoPeople.Investigator,
            "Resignation accepted last week; large copies since.", cancellationToken);
        await RunAsync(
            new CaseCommand.AddContributor(DemoPeople.HrPartner) { CaseId = departing, At = now, By = DemoPeople.Investigator, RequestId = "demo-departing-contributor" },
            cancellationToken);
        await RunAsync(
            new CaseCommand.AddNote("Last day is in two weeks. Legal asked us to preserve the mailbox and OneDrive.") { CaseId = departing, At = now, By = DemoPeople.Investigator, RequestId = "demo-departing-note" },
            cancellationToken);
        await RunAsync(
            new CaseCommand.Escalate("Departing engineer - source code", "Preserve mailbox and OneDrive; review USB copies.") { CaseId = departing, At = now, By = DemoPeople.Investigator, RequestId = "demo-departing-escalate" },
            cancellationToken);

        var retail = await ConfirmAsync(["demo-alert-0007"], "Retail report shared with a partner", DemoPeople.Analyst,
            "Checking whether the partner agreement covers this report.", cancellationToken);
        await RunAsync(
            new CaseCommand.Resolve(CaseClassification.Benign, "Sharing is covered by the retail partnership agreement; no action needed.") { CaseId = retail, At = now, By = DemoPeople.Analyst, RequestId = "demo-retail-resolve" },
            cancellationToken);

        var records = await ConfirmAsync(["demo-alert-0008", "demo-alert-0009"], "Employee records in a personal cloud", DemoPeople.Investigator,
            "Salary data left the company; unfamiliar sign-in the same day.", cancellationToken);
        await RunAsync(
            new CaseCommand.AddNote("The user confirmed the upload and deleted the copy in front of HR.") { CaseId = records, At = now, By = DemoPeople.Investigator, RequestId = "demo-records-note" },
            cancellationToken);
        await RunAsync(
            new CaseCommand.Share(ShareTarget.ServiceNow) { CaseId = records, At = now, By = DemoPeople.Investigator, RequestId = "demo-records-share" },
            cancellationToken);
        await RunAsync(
            new CaseCommand.Resolve(CaseClassification.ConfirmedPolicyViolation, "Copy removed, personal cloud access blocked, HR disciplinary process started.") { CaseId = records, At = now, By = DemoPeople.Investigator, RequestId = "demo-records-resolve" },
            cancellationToken);

        await DismissAsync("demo-alert-0010", new DismissReason.ExpectedActivity(), "Security research is part of the operations team's job.", cancellationToken);
        await DismissAsync("demo-alert-0011", new DismissReason.NotImpactful(), "Internal runbook, printed in the office.", cancellationToken);
    }

    private async Task<CaseId> ConfirmAsync(string[] alertIds, string caseName, string by, string comment, CancellationToken cancellationToken)
    {
        var request = new TriageRequest([.. alertIds.Select(id => new AlertId(id))], alertIds.Length > 1, by);
        return await triage.ConfirmAsync(request, new ConfirmTarget.NewCase(caseName), comment, cancellationToken) switch
        {
            TriageOutcome.Confirmed confirmed => confirmed.CaseId,
            var other => throw new InvalidOperationException($"Demo triage of '{caseName}' did not confirm: {other}."),
        };
    }

    private async Task DismissAsync(string alertId, DismissReason reason, string notes, CancellationToken cancellationToken)
    {
        var outcome = await triage.DismissAsync(new TriageRequest([new AlertId(alertId)], false, DemoPeople.Analyst), new Dismissal(reason, notes), cancellationToken);
        if (outcome is not TriageOutcome.Dismissed)
        {
            throw new InvalidOperationException($"Demo dismissal of {alertId} failed: {outcome}.");
        }
    }

    private async Task RunAsync(CaseCommand command, CancellationToken cancellationToken)
    {
        var result = await commands.ExecuteAsync(command, cancellationToken);
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"Demo step {command.RequestId} was refused: {error.Code} {error.Message}");
        }
    }
}
