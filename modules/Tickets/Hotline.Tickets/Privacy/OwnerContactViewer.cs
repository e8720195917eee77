using System.Data.Common;
using Hotline.Kernel;
using Hotline.Security.Contracts.Privacy;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Privacy;

namespace Hotline.Tickets.Privacy;

/// <inheritdoc cref="IOwnerContactViewer"/>
internal sealed class OwnerContactViewer(IGrainFactory grains, IPrivacyAudit audit, TimeProvider time) : IOwnerContactViewer
{
    public async Task<OwnerContactView> View(Guid ticketId, string personId, RoleAssignment? actingRole, CancellationToken ct = default)
    {
        var grain = grains.GetGrain<ITicketGrain>(ticketId);
        if (await grain.Get() is not { } ticket)
        {
            return new(OwnerContactViewOutcome.NoTicket);
        }

        if (await grain.GetOwnerContact() is not { } owner)
        {
            return new(OwnerContactViewOutcome.NoContact);
        }

        try
        {
            await audit.RecordFullView(new PrivacyAuditEntry(
                personId, actingRole?.Role.ToString() ?? "None", AuditScope.Of(actingRole), time.GetUtcNow(),
                ticket.Id, ticket.ProjectId, OwnerContactMasks.Reference(ticket)), ct);
        }
        catch (DbException)
        {
            return new(OwnerContactViewOutcome.AuditUnavailable);
        }

        return new(OwnerContactViewOutcome.Shown, owner.Name, owner.Phone);
    }
}
