using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Functions.Demo;

/// <summary>The demo's people: the users alerts are about (with their directory facts) and the staff who work the cases.</summary>
public static class DemoPeople
{
    public const string Analyst = "ana@contoso.test";
    public const string Investigator = "ivan@contoso.test";
    public const string HrPartner = "pradeep@contoso.test";

    public const string Megan = "megan@contoso.test";
    public const string Lee = "lee@contoso.test";
    public const string Adele = "adele@contoso.test";
    public const string Diego = "diego@contoso.test";
    public const string Nestor = "nestor@contoso.test";
    public const string Lidia = "lidia@contoso.test";

    public static IReadOnlyList<UserIdentity> Users { get; } =
    [
        new(Megan, "Megan Bowen", Megan, "Sales", "Alex Wilber", "alex@contoso.test"),
        new(Lee, "Lee Gu", Lee, "Engineering", "Isaiah Langer", "isaiah@contoso.test"),
        new(Adele, "Adele Vance", Adele, "Retail", "Miriam Graham", "miriam@contoso.test"),
        new(Diego, "Diego Siciliani", Diego, "Human Resources", "Miriam Graham", "miriam@contoso.test"),
        new(Nestor, "Nestor Wilke", Nestor, "Operations", "Alex Wilber", "alex@contoso.test"),
        new(Lidia, "Lidia Holloway", Lidia, "Finance", "Isaiah Langer", "isaiah@contoso.test"),
    ];
}
