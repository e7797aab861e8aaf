using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Api.Requests;
using Microsoft.Net.Http.Headers;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>Notes: listed newest first, added on any case (Closed too), and permanent (edit and delete answer 405).</summary>
public static class CaseNoteEndpoints
{
    public const string AddAction = "case.note.add";

    public static async Task<IResult> ListAsync(string caseId, string? q, HttpContext http, CaseGate gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var entered = await gate.EnterAsync(http, caseId, Capability.ViewCases, "case.notes.view", cancellationToken);
        if (entered.Refusal is { } refusal)
        {
            return refusal;
        }

        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        return TypedResults.Ok(entered.State!.NotesNewestFirst()
            .Where(note => text is null || note.Text.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(CaseViews.Note)
            .ToList());
    }

    public static Task<IResult> AddAsync(string caseId, NoteRequest body, HttpContext http, CaseActionFlow flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(flow);
        return flow.RunAsync(
            new CaseActionRequest(
                http,
                caseId,
                AddAction,
                Capability.ActOnCase,
                (errors, _, stamp) => Task.FromResult<CaseCommand?>(
                    CaseFields.Required(errors, "text", body.Text, CaseText.NoteMaxLength) is { } text
                        ? new CaseCommand.AddNote(text) { CaseId = stamp.CaseId, At = stamp.At, By = stamp.By, RequestId = stamp.RequestId }
                        : null),
                async (result, stamp) =>
                {
                    var events = await flow.History.OutcomeAsync(result, stamp, cancellationToken);
                    var noteId = events.OfType<CaseEvent.NoteAdded>().Select(e => e.NoteId).FirstOrDefault();
                    var note = result.State!.Notes.FirstOrDefault(n => n.NoteId == noteId) ?? result.State.Notes[^1];
                    return TypedResults.Created((string?)null, CaseViews.Note(note));
                },
                new Dictionary<string, string>(StringComparer.Ordinal) { ["note-text-invalid"] = "text" }),
            cancellationToken);
    }

    /// <summary>PUT, PATCH and DELETE of a note: notes are permanent, so no method is allowed on one.</summary>
    public static IResult Permanent(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers[HeaderNames.Allow] = string.Empty;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status405MethodNotAllowed,
            title: "Notes are permanent",
            detail: "A case note can never be edited or deleted; add a new note instead.",
            extensions: new Dictionary<string, object?> { ["code"] = "note-permanent" });
    }
}
