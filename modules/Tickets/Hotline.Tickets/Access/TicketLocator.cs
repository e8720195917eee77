using Hotline.Security.Contracts.Access;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Access;

/// <summary>
/// Where a ticket is, for the access policy: the ticket list says whether it exists (an unknown id activates no grain),
/// the grain (the source of truth) where it is now and who holds it.
/// </summary>
public sealed class TicketLocator(IGrainFactory grains, ITicketScopes tickets) : ITicketLocator
{
    public async Task<ResourceLocation?> Locate(Guid ticketId) =>
        await tickets.Find(ticketId) is not null && await grains.GetGrain<ITicketGrain>(ticketId).Get() is { } ticket
            ? new ResourceLocation(ticket.ProjectId, ticket.BranchId) { HandlerId = ticket.Handler }
            : null;
}
