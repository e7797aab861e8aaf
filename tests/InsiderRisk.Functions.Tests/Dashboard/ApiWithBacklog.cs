using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Dashboard;

/// <summary>The app on a fresh store whose alert backlog answers fixed counts (the Alerts area tests its own).</summary>
public static class ApiWithBacklog
{
    public static readonly SeverityCounts Backlog = new(High: 3, Medium: 2, Low: 1);

    public static ApiFactory Create() => new(services => services.AddSingleton<IAlertBacklog>(new FixedAlertBacklog(Backlog)));
}
