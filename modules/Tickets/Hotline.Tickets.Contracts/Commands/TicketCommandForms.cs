using System.Collections.Frozen;
using N = Hotline.Tickets.Contracts.TicketCommands;

namespace Hotline.Tickets.Contracts.Commands;

/// <summary>
/// The commands staff send on a ticket and the fields each reads from its body (POST /api/tickets/{id}/{command}, see
/// <see cref="TicketCommandRequest"/>): the console offers these as forms, the ticket says which it accepts now, the
/// access table who may send them (the owner's rate, urge and confirm-resolution too: the call center takes them on the phone).
/// Every command also takes an optional <c>note</c>: kept in the timeline (as its remark where it reads no note).
/// </summary>
public static class TicketCommandForms
{
    private static TicketCommandField F(string name, TicketFieldKind kind) => new(name, kind);

    private static readonly TicketCommandField NoteField = F("note", TicketFieldKind.Text);
    private static readonly TicketCommandField Reason = F("reason", TicketFieldKind.Text);
    private static readonly TicketCommandField[] Rating =
        [F("overall", TicketFieldKind.Number), F("speed", TicketFieldKind.Number), F("attitude", TicketFieldKind.Number), F("comment", TicketFieldKind.Text)];

    private static readonly FrozenDictionary<string, TicketCommandField[]> Fields = new Dictionary<string, TicketCommandField[]>
    {
        [N.Start] = [],
        [N.ConfirmCategory] = [],
        [N.Take] = [],
        [N.ResumeHandling] = [],
        [N.Close] = [],
        [N.Contact] = [F("department", TicketFieldKind.Short), F("plan", TicketFieldKind.Text)],
        [N.ReportPlan] = [F("plan", TicketFieldKind.Text), F("completionDueAt", TicketFieldKind.Moment), Reason],
        [N.WaitForOwner] = [Reason, F("followUpAt", TicketFieldKind.Moment), F("attempts", TicketFieldKind.Number)],
        [N.Resolve] = [NoteField],
        [N.Callback] = [F("reached", TicketFieldKind.YesNo), F("rating", TicketFieldKind.Number), NoteField],
        [N.Reopen] = [NoteField, F("severity", TicketFieldKind.Severity)],
        [N.FileStatement] = [Reason],
        [N.ReviewStatement] = [F("accepted", TicketFieldKind.YesNo), NoteField],
        [N.Decide] = [F("adopted", TicketFieldKind.YesNo), NoteField, Reason],
        [N.Transfer] = [F("projectId", TicketFieldKind.Short), Reason],
        [N.CorrectCategory] = [F("category", TicketFieldKind.Short)],
        [N.RaiseSeverity] = [F("severity", TicketFieldKind.Severity)],
        [N.RaiseRiskWarning] = [Reason],
        [N.ConfirmPlan] = [Reason],
        [N.ReturnPlan] = [Reason],
        [N.AnswerRating] = [NoteField],
        [N.Rate] = Rating,
        [N.ConfirmResolution] = Rating,
        [N.Urge] = [NoteField],
        [N.Assign] = [F("handlerId", TicketFieldKind.Short)],
        [N.Return] = [Reason],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every command with its form, in the order of <see cref="TicketCommands.All"/> (a test holds the two lists equal).</summary>
    public static IReadOnlyList<string> Offered { get; } = [.. TicketCommands.All.Where(Fields.ContainsKey)];

    /// <summary>Whether <paramref name="command"/> reads fields of its own (a note it needs counts); if not, it takes only the optional note.</summary>
    public static bool HasOwnFields(string command) => Fields.TryGetValue(command, out var fields) && fields.Length > 0;

    /// <summary>The fields <paramref name="command"/> reads, with <c>note</c> last (always accepted); empty for a command not offered.</summary>
    public static IReadOnlyList<TicketCommandField> For(string command) =>
        Fields.TryGetValue(command, out var fields) ? [.. fields.Where(f => f != NoteField), NoteField] : [];
}
