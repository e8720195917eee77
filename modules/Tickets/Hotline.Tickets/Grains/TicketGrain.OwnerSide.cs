using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Tickets.Grains;

/// <summary>
/// The owner's side of a ticket, where the rule is the host's rather than the ticket's: how often an owner may urge
/// (Hotline:Tickets:Urge:MinInterval), and that an owner does not answer ratings (staff do). The portal calls the grain
/// directly for a signed-in owner, so these hold whichever way a command arrives.
/// </summary>
public sealed partial class TicketGrain
{
    private TimeSpan UrgeInterval => (ServiceProvider.GetService<IOptions<UrgeOptions>>()?.Value ?? new UrgeOptions()).MinInterval;

    /// <summary>The refusal of an owner-side command the state admits but the host's rules do not, or null.</summary>
    private CommandOutcome? OwnerSideRefusal(Ticket ticket, TicketCommand command, DateTimeOffset now)
    {
        if (command is AnswerRating && OwnerActors.IsOwner(command.Actor))
        {
            return Refuse(ticket, RefusalReason.StaffAnswersRatings, "a rating is answered by staff, not by an owner");
        }

        if (command is Urge && UrgeNotBefore(ticket, now) is { } next)
        {
            return Refuse(ticket, RefusalReason.TooSoon, $"the ticket was urged at {ticket.LastUrgedAt:u}; the next urge is allowed from {next:u}") with { NotBefore = next };
        }

        return null;
    }

    /// <summary>When the owner may urge again, while that is still ahead of <paramref name="now"/>; else null.</summary>
    private DateTimeOffset? UrgeNotBefore(Ticket ticket, DateTimeOffset now) =>
        ticket.LastUrgedAt is { } last && (ticket.NextUrgeAllowedAt ?? last + UrgeInterval) is var next && now < next ? next : null;

    /// <summary>
    /// What the ticket accepts now as its callers are told it (GetAllowedCommands, a refusal's list): the state machine's
    /// answer less an urge inside its interval, so a page offers no urge the grain would refuse with 429. Execute still
    /// gates on the state machine alone, so such an urge is refused as too soon (429), not as the wrong state (409).
    /// </summary>
    private ImmutableArray<string> AllowedNow(Ticket ticket, DateTimeOffset now) =>
        UrgeNotBefore(ticket, now) is null ? Allowed(ticket, now) : Allowed(ticket, now).Remove(TicketCommands.Urge);

    /// <summary>
    /// What the host's owner-side rules add to an applied command: after an urge the owner is shown when they may urge
    /// again (the interval is the host's setting, so the grain stamps it rather than the transition).
    /// </summary>
    private Ticket OwnerSideStamp(Ticket next, TicketCommand command, DateTimeOffset now) =>
        command is Urge ? next with { NextUrgeAllowedAt = now + UrgeInterval } : next;
}
