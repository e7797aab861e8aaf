using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Tests.Dashboard;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.Storage.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

public sealed class CaseReadModelRecoveryTests
{
    [Fact]
    public async Task A_failing_read_model_leaves_its_work_pending_and_the_refresher_completes_it_from_the_history()
    {
        var flaky = new SwitchableProjection();
        using var factory = new ApiFactory(services =>
        {
            services.TryAddSingleton<IAlertBacklog>(new FixedAlertBacklog(SeverityCounts.None));
            services.AddSingleton<ICaseProjection>(flaky);
        });
        var store = factory.Get<ICaseEventStore>();
        var caseId = NewCaseId();

        var opened = await factory.Get<ICaseCommands>().ExecuteAsync(Open(caseId, factory.Get<IUserDirectory>().Pseudonymize(InvestigatedUser)));
        var pendingAfterFailure = await store.ListPendingAsync(caseId.Value);
        using var client = factory.ClientAs(AnalystId, Domain.Access.Role.Analyst);
        var listedMeanwhile = await client.GetJsonAsync("/api/cases");
        flaky.Failing = false;
        await factory.Get<ICaseReadModelRefresher>().RefreshAsync(caseId);

        Assert.True(opened.Succeeded);
        Assert.Contains(pendingAfterFailure, entry => entry.Kind == CaseReadModels.OutboxKind);
        Assert.Equal([caseId.Value], listedMeanwhile.GetProperty("items").Names("caseId"));
        Assert.Equal([(opened.State!.Version, (int)opened.State.Version)], flaky.Calls);
        Assert.DoesNotContain(await store.ListPendingAsync(caseId.Value), entry => entry.Kind == CaseReadModels.OutboxKind);
    }
}
