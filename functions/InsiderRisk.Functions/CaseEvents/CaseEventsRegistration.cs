using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.Platform.Storage;
using InsiderRisk.Integrations.CaseEvents;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>Case events to the <c>case-events</c> topic (or the local sink): the function, its queue, and the local sink's route.</summary>
public static class CaseEventsRegistration
{
    public static IServiceCollection AddCaseEvents(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddRequiredQueue(CaseEventPublishQueue.QueueName);
        services.AddRequiredTable(TableCaseEventPublisher.Table);
        services.TryAddSingleton<CaseEventPublishQueue>();
        services.TryAddSingleton<CaseEventRange>();
        services.TryAddSingleton(provider => new CaseEventMessageMapper(
            CaseEventsSettings.From(provider.GetRequiredService<IConfiguration>()).HashActors ? provider.GetRequiredService<Pseudonymizer>() : null));
        services.TryAddSingleton(provider => new TableCaseEventPublisher(provider.GetRequiredService<ITableStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<CaseEventPublication>();
        services.TryAddSingleton<PublishedEventPages>();
        services.AddFunctionHandler<PublishCaseEventsHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapCaseEventsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/cases/{caseId}/published-events")
            .WithTags("Cases")
            .MapGet(string.Empty, PublishedEventsEndpoint.ListAsync)
            .WithName("ListPublishedCaseEvents")
            .WithSummary("The case's events as the local sink published them (the case-events topic's messages), in order; paged.")
            .Produces<Alerts.Http.Page<PublishedEventView>>();
        return endpoints;
    }
}
