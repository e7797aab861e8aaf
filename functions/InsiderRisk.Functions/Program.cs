using InsiderRisk.Functions.Admin;
using InsiderRisk.Functions.Alerts;
using InsiderRisk.Functions.AuditApi;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.CaseEvents;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Cases.Api;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Demo;
using InsiderRisk.Functions.Effects;
using InsiderRisk.Functions.Functions.Manifest;
using InsiderRisk.Functions.Health;
using InsiderRisk.Functions.Hosting;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.LocalRun;
using InsiderRisk.Functions.OpenApi;
using InsiderRisk.Functions.Platform;
using InsiderRisk.Functions.Problems;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Functions.Risk.IdentityFeedback;
using InsiderRisk.Functions.Sweeper;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Functions.Users;

if (GenerateFunctionsCommand.TryRun(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(DemoRequest.HostArguments(args));
builder.ConfigureInsiderRiskServer();
builder.Services.AddInsiderRiskOptions();
builder.Services.AddProblemResponses();
builder.Services.AddIdentityAuthentication();
builder.Services.AddInsiderRiskPlatform();
builder.Services.AddTelemetry();
builder.Services.AddHealth();
builder.Services.AddLocalRun();
builder.Services.AddCaseEffects();
builder.Services.AddSweeper();
builder.Services.AddDemo(args);
builder.Services.AddAlerts();
builder.Services.AddRisk();
builder.Services.AddUsers();
builder.Services.AddAdmin();
builder.Services.AddCases();
builder.Services.AddDashboard();
builder.Services.AddCaseEvents();
builder.Services.AddIdentityFeedback();

var app = builder.Build();
app.UseProblemResponses();
app.UseRouting();
app.UseNotFoundForUnmatchedRoutes();
app.UseAuthentication();
app.UseAuthorization();

app.MapFunctionInvocations();
app.MapHealthApi();
app.MapSentEffectApi();
app.MapAlertsApi();
app.MapRiskApi();
app.MapUsersApi();
app.MapAdminApi();
app.MapAuditApi();
app.MapCasesApi();
app.MapDashboardApi();
app.MapCaseEventsApi();

if (app.MapConnectorApi(args) is { } connectorExitCode)
{
    return connectorExitCode;
}

await app.RunAsync();
return 0;

/// <summary>The app's entry point; public so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
