using System.Collections.Immutable;
using Hotline.Tickets.Contracts;
using static Hotline.Tickets.Contracts.TicketCommands;

namespace Hotline.Tickets.Workflow;

/// <summary>Which commands a ticket accepts in its current state: the one place the state machine's edges live.</summary>
public static class AllowedCommands
{
    public static ImmutableArray<string> For(Ticket ticket, DateTimeOffset now, IClockRules rules)
    {
        var allowed = ImmutableArray.CreateBuilder<string>();
        var handling = ticket.Status is TicketStatus.Dispatched or TicketStatus.Started or TicketStatus.Contacted or TicketStatus.InProgress;
        if (ticket.Kind == TicketKind.Suggestion)
        {
            string[] suggestionCommands = ticket.Status switch
            {
                TicketStatus.Dispatched => [Decide, Transfer, CorrectCategory],
                TicketStatus.Resolved => [Close],
                _ => [],
            };
            allowed.AddRange(suggestionCommands);
            if (ticket.Status == TicketStatus.Dispatched && ticket.CategoryClassifiedAt is null)
            {
                allowed.Add(ConfirmCategory);
            }

            AddOwnerSide(allowed, ticket, now, rules);
            return allowed.ToImmutable();
        }

        if (ticket.WaitingOnOwner is not null)
        {
            allowed.Add(ResumeHandling);
        }
        else
        {
            string[] stepCommands = ticket.Status switch
            {
                TicketStatus.Dispatched => [Start],
                TicketStatus.Started => [Contact],
                TicketStatus.Contacted => [ReportPlan, WaitForOwner],
                TicketStatus.InProgress => [ReportPlan, Resolve, WaitForOwner],
                // The owner may reopen a resolution they do not accept before the callback, within the same window.
                TicketStatus.Resolved when now - ticket.ResolvedAt <= rules.ReopenWindow => [Callback, Reopen, ConfirmResolution],
                TicketStatus.Resolved => [Callback, ConfirmResolution],
                TicketStatus.Closed when now - ticket.ClosedAt <= rules.ReopenWindow => [Reopen],
                _ => [],
            };
            allowed.AddRange(stepCommands);
        }

        if (ticket.Status == TicketStatus.InProgress && ticket.Plan is { AwaitingConfirmation: true })
        {
            // A10.3.2–5: the group confirms or returns the reported plan, waiting on the owner or not.
            allowed.AddRange(ConfirmPlan, ReturnPlan);
        }

        if (handling)
        {
            // A live red warning refuses a new risk warning in the command itself, naming that reason (not the ticket's state).
            allowed.AddRange(Transfer, CorrectCategory, RaiseRiskWarning);

            // Issue 11: who carries it out for the unit; a held ticket is given back before another takes it (a liaison may reassign).
            allowed.AddRange(Assign, ticket.Handler is null ? Take : Return);
            if (ticket.CategoryClassifiedAt is null)
            {
                allowed.Add(ConfirmCategory);
            }

            if (ticket.Severity == Severity.General)
            {
                allowed.Add(RaiseSeverity);
            }

            if (ticket.Statement is { Pending: true })
            {
                allowed.Add(ReviewStatement);
            }
            else if (ticket.Statement is not { Accepted: true } && now - ticket.DispatchedAt <= rules.StatementWindow)
            {
                allowed.Add(FileStatement);
            }
        }

        AddOwnerSide(allowed, ticket, now, rules);
        return allowed.ToImmutable();
    }

    /// <summary>
    /// The owner's side of any ticket: urge while it is handled; rate the current resolution once (while resolved, or
    /// closed within the reopen window); staff answer a rating once.
    /// </summary>
    private static void AddOwnerSide(ImmutableArray<string>.Builder allowed, Ticket ticket, DateTimeOffset now, IClockRules rules)
    {
        if (ticket.Status is TicketStatus.Dispatched or TicketStatus.Started or TicketStatus.Contacted or TicketStatus.InProgress)
        {
            allowed.Add(Urge);
        }

        var settled = ticket.Status == TicketStatus.Resolved || ticket.Status == TicketStatus.Closed;
        if (settled && ticket.Rating is null && (ticket.Status == TicketStatus.Resolved || now - ticket.ClosedAt <= rules.ReopenWindow))
        {
            allowed.Add(Rate);
        }

        if (settled && ticket.Rating is { Answer: null })
        {
            allowed.Add(AnswerRating);
        }
    }
}
