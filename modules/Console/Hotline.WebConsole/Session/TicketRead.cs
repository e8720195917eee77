using Hotline.Security.Contracts.Access;
using Hotline.Tickets.Contracts;

namespace Hotline.WebConsole.Session;

/// <summary>
/// What the ticket page shows, read once per render or live change: the refusal of the read (then nothing else), or
/// the live ticket, its timeline (when the person may read it) and the commands allowed now (by the ticket's state and
/// by the access rules, both).
/// </summary>
public sealed record TicketRead(AccessAnswer? Refusal, Ticket? Ticket, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<string> Allowed)
{
    public static TicketRead Refused(AccessAnswer answer) => new(answer, null, [], []);
}
