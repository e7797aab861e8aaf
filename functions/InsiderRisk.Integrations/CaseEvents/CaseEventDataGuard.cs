using System.Text.Json.Nodes;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// Walks an event's data before it leaves: every <c>user</c> (and every notice <c>recipient</c>) must be
/// a pseudonym, or publishing stops; actor fields are hashed when the setting asks for it.
/// </summary>
internal static class CaseEventDataGuard
{
    /// <summary>Fields holding staff ids: the actor, note authors, contributors, team owners, reminder recipients.</summary>
    private static readonly HashSet<string> ActorFields = new(["by", "author", "userId", "owner", "recipients"], StringComparer.Ordinal);

    /// <summary>The only events whose <c>recipient</c> is an email address chosen by an analyst rather than the user.</summary>
    private static readonly HashSet<string> AddressRecipientEvents = new(["ShareRequested", "SharedByEmail"], StringComparer.Ordinal);

    public static void Apply(JsonNode? node, string eventType, Pseudonymizer? actorHasher)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    Check(obj, name, value, eventType, actorHasher);
                    Apply(value, eventType, actorHasher);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Apply(item, eventType, actorHasher);
                }

                break;
        }
    }

    private static void Check(JsonObject owner, string name, JsonNode? value, string eventType, Pseudonymizer? actorHasher)
    {
        var isAddress = name == "recipient" && AddressRecipientEvents.Contains(eventType);
        if ((name == "user" || (name == "recipient" && !isAddress)) && value is JsonValue && !Pseudonymizer.IsPseudonym((string?)value))
        {
            throw new CaseEventPrivacyException($"Event {eventType}: field '{name}' is not a pseudonym; the event is not published.");
        }

        if (actorHasher is not null && (ActorFields.Contains(name) || isAddress))
        {
            owner[name] = Hash(value, actorHasher);
        }
    }

    private static JsonNode? Hash(JsonNode? value, Pseudonymizer hasher) => value switch
    {
        JsonValue single when single.TryGetValue<string>(out var id) => JsonValue.Create(HashActor(id, hasher)),
        JsonArray many => new JsonArray([.. many.Select(item => Hash(item, hasher))]),
        _ => value?.DeepClone(),
    };

    public static string HashActor(string id, Pseudonymizer hasher) =>
        string.IsNullOrWhiteSpace(id) || id == CaseNote.SystemAuthor || Pseudonymizer.IsPseudonym(id) ? id : hasher.Pseudonymize(id).Value;
}
