using System.Collections.Immutable;

namespace Hotline.Tickets.Contracts;

/// <summary>One ticket, keyed by its id. It owns its state, its clocks, its timeline and its deadline reminder.</summary>
[Alias("Hotline.Tickets.ITicketGrain")]
public interface ITicketGrain : IGrainWithGuidKey
{
    [Alias("Register")]
    Task<CommandOutcome> Register(RegisterTicket command);

    /// <summary>Any command of <see cref="TicketCommands"/>, checked against the current state.</summary>
    [Alias("Execute")]
    Task<CommandOutcome> Execute(TicketCommand command);

    /// <summary>
    /// The owner's message on the timeline (action <c>owner-message</c>), not a workflow step: it changes no status or
    /// clock. Refused (not accepted) from another number, on a closed or invalid ticket, or once the history is full.
    /// </summary>
    [Alias("AddOwnerReply")]
    Task<CommandOutcome> AddOwnerReply(OwnerReply reply);

    /// <summary>The live state, or null for an id no ticket was registered under.</summary>
    [Alias("Get")]
    Task<Ticket?> Get();

    /// <summary>
    /// The commands the ticket accepts now (its state, its windows, a full history), as a refusal lists them; empty for
    /// an id no ticket was registered under. Who may send them is the access table's; the console offers the intersection.
    /// </summary>
    [Alias("GetAllowedCommands")]
    Task<ImmutableArray<string>> GetAllowedCommands();

    /// <summary>The append-only history, oldest first.</summary>
    [Alias("GetTimeline")]
    Task<ImmutableArray<TimelineEntry>> GetTimeline();

    /// <summary>The owner's name and phone whole, or null when none were given. Callers audit every full view.</summary>
    [Alias("GetOwnerContact")]
    Task<OwnerContact?> GetOwnerContact();

    /// <summary>
    /// The owner's channel accepted the message about one of this ticket's events: the timeline records who (the
    /// channel), what and when; a suggestion's reply also sets <see cref="Ticket.ReplyReachedOwnerAt"/> (A10.2.3). Idempotent per event.
    /// </summary>
    [Alias("OwnerNoticeDelivered")]
    Task OwnerNoticeDelivered(OwnerNoticeDelivery delivery);

    /// <summary>
    /// Does nothing: the call activates the ticket (its state read, a due clock's catch-up armed) ahead of a deadline,
    /// so a morning's deadlines falling due together meet activated tickets (issue 14; the deadline warm-up).
    /// </summary>
    [Alias("Prepare")]
    Task Prepare();
}
