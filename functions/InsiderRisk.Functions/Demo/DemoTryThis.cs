using System.Text;

namespace InsiderRisk.Functions.Demo;

/// <summary>A few requests a first-time user can paste to look around the demo data.</summary>
public static class DemoTryThis
{
    public static string Text(string baseUrl)
    {
        var analyst = $"-H \"X-User: {DemoPeople.Analyst}\" -H \"X-Roles: Analyst\"";
        var investigator = $"-H \"X-User: {DemoPeople.Investigator}\" -H \"X-Roles: Investigator\"";
        var text = new StringBuilder();
        text.AppendLine("Demo data is ready. Try:");
        text.AppendLine($"  curl {analyst} {baseUrl}/api/dashboard");
        text.AppendLine($"  curl {analyst} \"{baseUrl}/api/alerts?status=NeedsReview\"");
        text.AppendLine($"  curl {analyst} \"{baseUrl}/api/cases?status=Active\"");
        text.AppendLine($"  curl {analyst} {baseUrl}/api/cases/<caseId>/notes      (and /effects, /history, /alerts)");
        text.Append($"  curl {investigator} -H \"Content-Type: application/json\" -d '{{\"reason\":\"demo\"}}' {baseUrl}/api/users/<userId>/reveal");
        return text.ToString();
    }
}
