using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// <c>CaseEvents__HashActors</c> (default false). Actors (who did something: analysts, investigators,
/// contributors) are staff acting in their role, not the people under investigation, so by default
/// their ids are published as they are, which downstream audit needs. An organization that wants staff
/// pseudonymized too turns this on; they are then hashed with the same keyed pseudonymizer as users.
/// </summary>
public sealed record CaseEventsSettings(bool HashActors)
{
    public const string Section = "CaseEvents";

    public static CaseEventsSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(bool.TryParse(configuration.GetSection(Section)["HashActors"], out var hash) && hash);
    }
}
