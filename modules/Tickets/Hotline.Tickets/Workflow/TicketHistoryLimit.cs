using System.Collections.Frozen;
using System.Collections.Immutable;
using static Hotline.Tickets.Contracts.TicketCommands;

namespace Hotline.Tickets.Workflow;

/// <summary>
/// Bounds what a ticket saves with its commands (timeline, clocks, "deadline soon" notice keys, reopen warnings).
/// Only these commands can repeat without end; once the timeline holds <see cref="MaxEntries"/> entries they are
/// refused (409) and every other command still goes through, so a ticket can always be finished: started, resolved,
/// called back, closed. Refused rather than spilled to a table: no real ticket comes near the limit (a full life is
/// about 10–20 entries), one that does is a loop or misuse, and a new ticket is the honest home for a new matter.
/// </summary>
public static class TicketHistoryLimit
{
    public const int MaxEntries = 100;

    /// <summary>Each can follow itself or its own undo for ever: transfers, corrections, plan revisions and their confirmations or returns, waits, statements, reopens, an owner's urges.</summary>
    public static readonly FrozenSet<string> Repeatable = FrozenSet.Create(Transfer, CorrectCategory, ReportPlan, WaitForOwner, FileStatement, Reopen, ConfirmPlan, ReturnPlan, Urge);

    public static bool Refuses(string command, int entries) => entries >= MaxEntries && Repeatable.Contains(command);

    public static ImmutableArray<string> Admit(ImmutableArray<string> allowed, int entries) =>
        entries >= MaxEntries ? allowed.RemoveAll(Repeatable.Contains) : allowed;

    public static string Refusal(string command) =>
        $"'{command}' is refused: the ticket's history reached its limit of {MaxEntries} entries; finish this ticket and register a new one for a new matter";
}
