using Hotline.Reporting.Contracts;
using Hotline.Reporting.Formats;
using Hotline.Reporting.Overview;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Reporting.MajorComplaints;

/// <summary>A8.1.4: POST /api/reports/major-complaints (QualityDept marks one); GET ?from=&amp;to= (as the overview's period) lists them.</summary>
public static class MajorComplaintEndpoints
{
    public const int MaxReason = 2000;

    public static IEndpointRouteBuilder MapMajorComplaints(this IEndpointRouteBuilder group)
    {
        group.MapPost("/major-complaints", Mark);
        group.MapGet("/major-complaints", List);
        return group;
    }

    private static async Task<Results<Created<MajorComplaint>, Ok<MajorComplaint>, ValidationProblem, ProblemHttpResult>> Mark(
        MajorComplaintRequest request, Caller caller, MajorComplaintStore store, MajorComplaintNotice notice, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.TicketId is null || request.TicketId == Guid.Empty)
        {
            errors["ticketId"] = ["is required: the complaint to mark major"];
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > MaxReason)
        {
            errors["reason"] = [$"is required: why the complaint is major (at most {MaxReason} characters)"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var ticketId = request.TicketId!.Value;
        var (outcome, complaint) = await store.Mark(ticketId, request.Reason!.Trim(), caller.PersonId, ct);
        switch (outcome)
        {
            case MarkOutcome.NoSuchTicket:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ticket", detail: $"no ticket has id {ticketId}");
            case MarkOutcome.NotAComplaint:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not a complaint", detail: $"ticket {ticketId} is not a complaint: only a complaint is marked major");
        }

        // Told on every mark (the item is the first mark's, so the inbox keeps one): a crash after the insert is repaired by a retry.
        await notice.Tell(complaint!);
        return outcome == MarkOutcome.Marked
            ? TypedResults.Created($"/api/reports/major-complaints?ticketId={ticketId}", complaint)
            : TypedResults.Ok(complaint);
    }

    private static async Task<IResult> List(
        string? from, string? to, string? format, MajorComplaintStore store, ReportAnswer answer, TimeProvider time, TimeZoneInfo zone, CancellationToken ct)
    {
        // The overview's rules: local dates with `to` included or ISO date-times, this month by default, at most 366 days.
        var (period, periodErrors) = ReportPeriodParser.Parse(from, to, time.GetUtcNow(), zone);
        var errors = new Dictionary<string, string[]>(periodErrors, StringComparer.Ordinal);
        var chosen = ReportFormatQuery.Read(format, errors);
        if (period is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var list = new MajorComplaintList(period, await store.Between(period.From, period.To, ct));
        return answer.Of(chosen, list, l => MajorComplaintDocument.Of(l, zone), MajorComplaintDocument.FileName(list, zone));
    }
}
