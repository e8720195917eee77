using Hotline.Kernel;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Categories;
using Hotline.Tickets.Contracts;
using static Hotline.Tickets.Contracts.TicketCommands;

namespace Hotline.Tickets.Workflow;

/// <summary>
/// Applies a command that <see cref="AllowedCommands"/> admits to a ticket: pure, so every rule of
/// A10 is testable without a cluster. The caller persists the result and appends the timeline.
/// </summary>
public static class TicketTransitions
{
    public const int MaxTextLength = 4000;

    public static Transition Apply(TicketView t, TicketCommand c, DateTimeOffset now, IClockRules rules, ICategoryCatalog categories)
    {
        var next = c.Name switch
        {
            Start => Transition.To(t with { Status = TicketStatus.Started, Clocks = t.Clocks.Meet(ClockKind.Start, now).Start(ClockKind.Contact, now, rules.DueAt(ClockKind.Contact, t.Severity, now)) }),
            Contact => ContactOwner(t, c, now, rules),
            ReportPlan => Plan(t, c, now),
            WaitForOwner => Wait(t, c, now),
            ResumeHandling => Transition.To(t with { WaitingOnOwner = null, Clocks = t.Clocks.Meet(ClockKind.OwnerFollowUp, now).ResumeAll(now) }),
            Resolve => Required(c.Note, "note") ?? Transition.To(t with
            {
                Status = TicketStatus.Resolved, ResolvedAt = now, ResolutionNote = c.Note, Clocks = t.Clocks.Meet(ClockKind.Plan, now).Meet(ClockKind.Resolution, now),
            }),
            Callback => CallBack(t, c, now, rules),
            Reopen => Required(c.Note, "note") ?? Transition.To(t with
            {
                // Earlier callbacks and ratings stay in the timeline; the new resolution gets its own.
                Status = TicketStatus.InProgress, ReopenCount = t.ReopenCount + 1, ClosedAt = null, ResolvedAt = null, Feedback = null,
                Clocks = t.Clocks.Start(ClockKind.Plan, now, rules.DueAt(ClockKind.Plan, t.Severity, now)),
            }),
            FileStatement => Required(c.Reason, "reason") ?? Transition.To(t with { Statement = new NonResponsibilityStatement(now, c.Actor, c.Reason!, null, null, null) }),
            ReviewStatement => Review(t, c, now),
            Decide => DecideSuggestion(t, c, now),
            Close => Transition.To(t with { Status = TicketStatus.Closed, ClosedAt = now }),
            Transfer => Redispatch(t, c, now, rules),
            CorrectCategory => Recategorise(t, c, categories),
            RaiseSeverity => c.Severity == Severity.Serious
                ? Transition.To(t with { Severity = Severity.Serious })
                : Transition.Invalid("severity", "severity can only be raised (to Serious), never lowered"),
            // The ticket only records the request; the grain raises the red warning itself (A11.4).
            RaiseRiskWarning => Required(c.Reason, "reason") ?? Transition.To(t),
            _ => Transition.Invalid("command", $"unknown command '{c.Name}'"),
        };
        return next.Ticket is { } changed ? Transition.To(changed with { Version = t.Version + 1 }) : next;
    }

    private static Transition ContactOwner(TicketView t, TicketCommand c, DateTimeOffset now, IClockRules rules) =>
        Required(c.Department, "department") ?? Required(c.Plan, "plan") ?? Transition.To(t with
        {
            Status = TicketStatus.Contacted,
            ResponsibleDepartment = c.Department!,
            Plan = new TicketPlan(c.Department!, c.Plan!, null, null),
            Clocks = t.Clocks.Meet(ClockKind.Contact, now).Start(ClockKind.Plan, now, rules.DueAt(ClockKind.Plan, t.Severity, now)),
        });

    private static Transition Plan(TicketView t, TicketCommand c, DateTimeOffset now)
    {
        if (c.CompletionDueAt is not { } due || due <= now)
        {
            return Transition.Invalid("completionDueAt", "the promised completion time is required and must lie in the future");
        }

        // A revised plan replaces the promised time: the old resolution clock is cancelled, not met.
        var plan = (t.Plan ?? new TicketPlan(t.ResponsibleDepartment, c.Plan ?? "", null, null)) with
        {
            Summary = c.Plan ?? t.Plan?.Summary ?? "", CompletionDueAt = due, ReportedAt = now,
        };
        return Transition.To(t with
        {
            Status = TicketStatus.InProgress,
            Plan = plan,
            Clocks = t.Clocks.Meet(ClockKind.Plan, now).Cancel(now, ClockKind.Resolution).Start(ClockKind.Resolution, now, due),
        });
    }

    private static Transition Wait(TicketView t, TicketCommand c, DateTimeOffset now)
    {
        if (Required(c.Reason, "reason") is { } missing)
        {
            return missing;
        }

        if (c.FollowUpAt is not { } followUp || followUp <= now)
        {
            return Transition.Invalid("followUpAt", "when to try the owner again is required and must lie in the future");
        }

        return Transition.To(t with
        {
            WaitingOnOwner = new OwnerWait(now, c.Reason!, Math.Max(0, c.Attempts ?? 0)),
            Clocks = t.Clocks.Pause(ClockKind.Resolution, now).Start(ClockKind.OwnerFollowUp, now, followUp),
        });
    }

    private static Transition CallBack(TicketView t, TicketCommand c, DateTimeOffset now, IClockRules rules)
    {
        var attempts = (t.Feedback?.Attempts ?? 0) + 1;
        if (c.Yes is not { } reached)
        {
            return Transition.Invalid("reached", "say whether the owner was reached");
        }

        if (reached && c.Rating is not (>= 1 and <= 5))
        {
            return Transition.Invalid("rating", "a rating from 1 to 5 is required when the owner was reached");
        }

        var closes = reached || attempts >= rules.CallbackAttempts;
        return Transition.To(t with
        {
            Feedback = new OwnerFeedback(attempts, reached ? c.Rating : null, reached ? c.Note : null),
            Status = closes ? TicketStatus.Closed : TicketStatus.Resolved,
            ClosedAt = closes ? now : null,
        });
    }

    private static Transition Review(TicketView t, TicketCommand c, DateTimeOffset now)
    {
        if (c.Yes is not { } accepted)
        {
            return Transition.Invalid("accepted", "say whether the statement is accepted");
        }

        var statement = t.Statement! with { ReviewedAt = now, Accepted = accepted, ReviewNote = c.Note };
        // Accepted: an invalid complaint, kept but out of timeliness statistics. Rejected: back to handling, clocks as they were.
        return Transition.To(accepted
            ? t with { Statement = statement, Status = TicketStatus.Invalid, WaitingOnOwner = null, Clocks = t.Clocks.Cancel(now) }
            : t with { Statement = statement });
    }

    private static Transition DecideSuggestion(TicketView t, TicketCommand c, DateTimeOffset now)
    {
        if (c.Yes is not { } adopted)
        {
            return Transition.Invalid("adopted", "say whether the suggestion is adopted");
        }

        return Required(c.Note, "reply")
            ?? (adopted ? null : Required(c.Reason, "reason"))
            ?? Transition.To(t with
            {
                Status = TicketStatus.Resolved,
                ResolvedAt = now,
                Decision = new SuggestionDecision(adopted, c.Reason, c.Note!, now),
                Clocks = t.Clocks.Meet(ClockKind.SuggestionReply, now),
            });
    }

    private static Transition Redispatch(TicketView t, TicketCommand c, DateTimeOffset now, IClockRules rules)
    {
        if (string.IsNullOrWhiteSpace(c.ProjectId) || string.IsNullOrWhiteSpace(c.BranchId) || c.ProjectId == t.ProjectId)
        {
            return Transition.Invalid("projectId", "another existing project is required");
        }

        var first = t.Kind == TicketKind.Suggestion ? ClockKind.SuggestionReply : ClockKind.Start;
        return Transition.To(t with
        {
            ProjectId = c.ProjectId!, BranchId = c.BranchId!, Status = TicketStatus.Dispatched, DispatchedAt = now,
            Plan = null, WaitingOnOwner = null,
            Clocks = t.Clocks.Cancel(now).Start(first, now, rules.DueAt(first, t.Severity, now)),
        });
    }

    private static Transition Recategorise(TicketView t, TicketCommand c, ICategoryCatalog categories)
    {
        if (c.Category is null || !categories.TryGet(c.Category, out var handler) || handler.Code == t.Category)
        {
            return Transition.Invalid("category", $"another known category is required: {string.Join(", ", categories.All.Select(h => h.Code))}");
        }

        return Transition.To(t with
        {
            Category = handler.Code,
            ResponsibleDepartment = handler.ResponsibleDepartment,
            IssueKey = handler.NormalizeIssueKey(new IssueKeyInput(t.Text, t.ProjectId, t.Location)),
        });
    }

    private static Transition? Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? Transition.Invalid(field, "is required")
        : value.Length > MaxTextLength ? Transition.Invalid(field, $"must be at most {MaxTextLength} characters")
        : null;
}
