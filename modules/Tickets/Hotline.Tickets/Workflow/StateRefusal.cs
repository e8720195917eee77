using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>
/// Why a ticket's state machine does not accept a command now: its history is full, a time window of the command has
/// closed (the state machine would take it were the window still open), or the state does not allow it at all.
/// </summary>
public static class StateRefusal
{
    public static (RefusalReason Reason, string Why) Of(Ticket ticket, string command, DateTimeOffset now, IClockRules rules, int entries) =>
        TicketHistoryLimit.Refuses(command, entries) ? (RefusalReason.HistoryFull, TicketHistoryLimit.Refusal(command))
        : (AllowedCommands.For(ticket, now, new WindowsOpen(rules)).Contains(command) ? RefusalReason.WindowClosed : RefusalReason.StateDoesNotAllow,
            $"'{command}' is not allowed while the ticket is {ticket.Status}");

    /// <summary>The ticket's rules with every window left open: what the state alone would accept.</summary>
    private sealed class WindowsOpen(IClockRules rules) : IClockRules
    {
        public DateTimeOffset DueAt(ClockKind clock, Severity severity, DateTimeOffset from) => rules.DueAt(clock, severity, from);

        public int CallbackAttempts => rules.CallbackAttempts;

        public TimeSpan ReopenWindow => TimeSpan.MaxValue;

        public TimeSpan StatementWindow => TimeSpan.MaxValue;

        public TimeSpan OwnerWaitLimit => rules.OwnerWaitLimit;
    }
}
