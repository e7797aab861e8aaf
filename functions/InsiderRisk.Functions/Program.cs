using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Functions.Manifest;
using InsiderRisk.Functions.Health;
using InsiderRisk.Functions.Hosting;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.LocalRun;
using InsiderRisk.Functions.Platform;
using InsiderRisk.Functions.Problems;

if (GenerateFunctionsCommand.TryRun(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.ConfigureInsiderRiskServer();
builder.Services.AddInsiderRiskOptions();
builder.Services.AddProblemResponses();
builder.Services.AddIdentityAuthentication();
builder.Services.AddInsiderRiskPlatform();
builder.Services.AddHealth();
builder.Services.AddLocalRun();

var app = builder.Build();
app.UseProblemResponses();
app.UseRouting();
app.UseNotFoundForUnmatchedRoutes();
app.UseAuthentication();
app.UseAuthorization();

app.MapFunctionInvocations();
app.MapHealthApi();

await app.RunAsync();
return 0;

/// <summary>The app's entry point; public so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
