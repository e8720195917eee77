using System.Globalization;
using Hotline.Security.Contracts;
using Hotline.Security.Contracts.Privacy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Tickets.Privacy;

/// <summary>GET /api/privacy/audit?ownerTicketId=…&amp;personId=…&amp;limit=…: the log of full views, for the quality department, audit and administrators.</summary>
internal static class PrivacyAuditEndpoint
{
    private const int MaxPersonIdLength = 200;

    /// <summary>
    /// Who may read is the access table's answer (the quality department's head, audit staff, administrators); the
    /// caller parameter keeps this endpoint unreachable except through that policy.
    /// </summary>
    public static async Task<Results<Ok<PrivacyAuditLog>, ValidationProblem>> Read(
        [AsParameters] PrivacyAuditRequest request, Caller caller, IPrivacyAudit audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var (query, errors) = Parse(request);
        return query is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(new PrivacyAuditLog(await audit.Find(query, ct)));
    }

    internal static (PrivacyAuditQuery? Query, Dictionary<string, string[]> Errors) Parse(PrivacyAuditRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Guid? ticketId = null;
        if (!string.IsNullOrWhiteSpace(request.OwnerTicketId))
        {
            if (Guid.TryParse(request.OwnerTicketId.Trim(), out var id))
            {
                ticketId = id;
            }
            else
            {
                errors["ownerTicketId"] = ["must be a ticket id (a GUID)"];
            }
        }

        var personId = string.IsNullOrWhiteSpace(request.PersonId) ? null : request.PersonId.Trim();
        if (personId?.Length > MaxPersonIdLength)
        {
            errors["personId"] = [$"must be at most {MaxPersonIdLength} characters"];
        }

        var limit = PrivacyAuditQuery.DefaultLimit;
        if (!string.IsNullOrWhiteSpace(request.Limit)
            && !(int.TryParse(request.Limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= PrivacyAuditQuery.MaxLimit))
        {
            errors["limit"] = [$"must be a whole number from 1 to {PrivacyAuditQuery.MaxLimit}"];
        }

        if (errors.Count == 0 && ticketId is null && personId is null)
        {
            errors["ownerTicketId"] = ["give ownerTicketId or personId (or both)"];
        }

        return errors.Count > 0 ? (null, errors) : (new PrivacyAuditQuery(ticketId, personId, limit), errors);
    }
}
