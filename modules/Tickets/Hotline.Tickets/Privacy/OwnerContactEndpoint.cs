using Hotline.Security.Contracts;
using Hotline.Tickets.Contracts.Privacy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Tickets.Privacy;

/// <summary>
/// GET /api/tickets/{id}/owner-contact: the owner's name and phone whole, audited first (<see cref="IOwnerContactViewer"/>).
/// Who may ask is the access table's rule (the call center, and the ticket project's liaison and manager): the caller
/// arrives admitted, in that role.
/// </summary>
internal static class OwnerContactEndpoint
{
    public static async Task<Results<Ok<OwnerContactResponse>, NotFound, ProblemHttpResult>> Read(
        Guid id, Caller caller, IOwnerContactViewer viewer, HttpResponse response, CancellationToken ct)
    {
        var view = await viewer.View(id, caller.PersonId, caller.ActingRole, ct);
        switch (view.Outcome)
        {
            case OwnerContactViewOutcome.NoTicket:
                return TypedResults.NotFound();
            case OwnerContactViewOutcome.NoContact:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No owner contact was given for this ticket");
            case OwnerContactViewOutcome.AuditUnavailable:
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "The privacy audit log cannot be written now, so the owner's contact is not shown; try again");
            default:
                response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(new OwnerContactResponse(id, view.Name, view.Phone));
        }
    }
}
