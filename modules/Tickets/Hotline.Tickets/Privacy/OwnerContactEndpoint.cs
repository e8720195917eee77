using System.Data.Common;
using Hotline.Security.Contracts;
using Hotline.Security.Contracts.Privacy;
using Hotline.Tickets.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Tickets.Privacy;

/// <summary>
/// GET /api/tickets/{id}/owner-contact: the owner's name and phone whole, for those who must call the owner.
/// The view is written to the privacy audit log first; no entry, no data. Who may ask is the access table's
/// rule (the call center, and the ticket project's liaison and manager): the caller arrives admitted, in that role.
/// </summary>
internal static class OwnerContactEndpoint
{
    public static async Task<Results<Ok<OwnerContactResponse>, NotFound, ProblemHttpResult>> Read(
        Guid id, Caller caller, IGrainFactory grains, IPrivacyAudit audit, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        var grain = grains.GetGrain<ITicketGrain>(id);
        if (await grain.Get() is not { } ticket)
        {
            return TypedResults.NotFound();
        }

        if (await grain.GetOwnerContact() is not { } owner)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No owner contact was given for this ticket");
        }

        try
        {
            await audit.RecordFullView(new PrivacyAuditEntry(
                caller.PersonId, caller.ActingRoleName, AuditScope.Of(caller.ActingRole), time.GetUtcNow(),
                ticket.Id, ticket.ProjectId, OwnerContactMasks.Reference(ticket)), ct);
        }
        catch (DbException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The privacy audit log cannot be written now, so the owner's contact is not shown; try again");
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new OwnerContactResponse(ticket.Id, owner.Name, owner.Phone));
    }
}
