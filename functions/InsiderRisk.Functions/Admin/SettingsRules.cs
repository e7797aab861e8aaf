using System.Collections.Immutable;
using InsiderRisk.Functions.Platform.Settings;

namespace InsiderRisk.Functions.Admin;

/// <summary>
/// What the settings document may hold: booster factors finite and 1–10 (they only raise a score), SLA
/// hours 1–8760, list entries non-blank and at most 256 characters, and no missing (null) section.
/// </summary>
internal static class SettingsRules
{
    public const double MaxFactor = 10;
    public const int MaxSlaHours = 8760;
    public const int MaxListEntries = 10_000;
    public const int MaxEntryLength = 256;
    public const int MaxOrganizationLength = 200;

    public static FieldErrors Validate(AppSettings settings)
    {
        var errors = new FieldErrors();
        if (settings.Boosters is not { } boosters)
        {
            errors.Add("boosters", "Required.");
        }
        else
        {
            Factor(errors, "boosters.priorityUserGroupFactor", boosters.PriorityUserGroupFactor);
            Factor(errors, "boosters.potentialHighImpactFactor", boosters.PotentialHighImpactFactor);
        }

        List(errors, "priorityUserGroups", settings.PriorityUserGroups);
        List(errors, "highImpactUsers", settings.HighImpactUsers);
        if (settings.SlaHours is not { } sla)
        {
            errors.Add("slaHours", "Required.");
        }
        else
        {
            Hours(errors, "slaHours.high", sla.High);
            Hours(errors, "slaHours.medium", sla.Medium);
            Hours(errors, "slaHours.low", sla.Low);
        }

        if (settings.Integrations is not { } integrations)
        {
            errors.Add("integrations", "Required.");
        }
        else if (integrations.Organization is null || integrations.Organization.Length > MaxOrganizationLength)
        {
            errors.Add("integrations.organization", $"A string of at most {MaxOrganizationLength} characters.");
        }

        Policies(errors, settings.Policies);
        return errors;
    }

    private static void Factor(FieldErrors errors, string field, double factor)
    {
        if (!double.IsFinite(factor) || factor < 1 || factor > MaxFactor)
        {
            errors.Add(field, $"A booster factor is a number from 1 to {MaxFactor}: boosters only ever raise a score.");
        }
    }

    private static void Hours(FieldErrors errors, string field, int hours)
    {
        if (hours is < 1 or > MaxSlaHours)
        {
            errors.Add(field, $"SLA hours are a whole number from 1 to {MaxSlaHours}.");
        }
    }

    private static void List(FieldErrors errors, string field, ImmutableArray<string> entries)
    {
        if (entries.IsDefault)
        {
            errors.Add(field, "A list is required (it may be empty).");
            return;
        }

        if (entries.Length > MaxListEntries)
        {
            errors.Add(field, $"At most {MaxListEntries} entries.");
        }

        for (var i = 0; i < entries.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(entries[i]) || entries[i].Length > MaxEntryLength)
            {
                errors.Add($"{field}[{i}]", $"A user id or pseudonym of 1 to {MaxEntryLength} characters.");
            }
        }
    }

    private static void Policies(FieldErrors errors, ImmutableDictionary<string, PolicySettings>? policies)
    {
        if (policies is null)
        {
            errors.Add("policies", "Required (it may be empty).");
            return;
        }

        foreach (var (name, policy) in policies)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > MaxEntryLength)
            {
                errors.Add("policies", $"Policy names are 1 to {MaxEntryLength} characters.");
            }
            else if (policy is null)
            {
                errors.Add($"policies.{name}", "Required.");
            }
        }
    }
}
