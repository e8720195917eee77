using Hotline.Kernel;
using Hotline.Tickets.Commands;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;
using static Hotline.Tickets.Contracts.TicketCommands;
using Cmd = Hotline.Tickets.Contracts.Commands;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// Picks the next command for a ticket: mostly one it accepts now, with valid arguments or (sometimes)
/// invalid ones; otherwise one it does not accept (or a name that is no command at all).
/// </summary>
internal static class CommandGenerator
{
    public const double AllowedShare = 0.8;
    public const double InvalidArgumentsShare = 0.15;

    private static readonly Actor[] Actors =
    [
        new("sunrise-liaison", "ProjectLiaison"), new("cc-agent-1", "CallCenterAgent"),
        new("cc-supervisor", "CallCenterSupervisor"), new("pm-sunrise", "ProjectManager"),
    ];

    private static readonly string[] Texts = ["已聯繫業主", "更換門機", "業主出差", "非物業責任", "已處理完畢", "感謝建議", "電梯又壞了", "同意"];
    private static readonly string[] Departments = ["EngineeringDept", "CustomerServiceDept", "SecurityDept"];
    /// <summary>The workflow's own steps; every other allowed command (transfer, corrections, statements, warnings) is a side step.</summary>
    private static readonly string[] WorkflowSteps = [Start, Contact, ReportPlan, WaitForOwner, ResumeHandling, Resolve, Callback, Reopen, ReviewStatement, Decide, Close];

    /// <summary>The commands whose arguments this generator knows how to get wrong.</summary>
    private static readonly string[] Known =
        [.. WorkflowSteps, FileStatement, Transfer, CorrectCategory, RaiseSeverity, ReturnPlan, Rate, AnswerRating, ConfirmResolution, Assign, Return];

    private static readonly string TooLong = new('漏', TicketTransitions.MaxTextLength + 1);

    public static WorkflowStep Next(Random random, Ticket ticket, DateTimeOffset now, IClockRules rules, string requestId)
    {
        var allowed = AllowedCommands.For(ticket, now, rules);
        if (allowed.Length > 0 && random.NextDouble() < AllowedShare)
        {
            var name = Weighted(random, allowed);
            var valid = random.NextDouble() >= InvalidArgumentsShare || !CanBeInvalid(name);
            return new WorkflowStep(now, Build(random, name, valid, ticket, now, requestId), valid);
        }

        var disallowed = TicketCommands.All.Except(allowed).ToArray();
        var other = disallowed.Length == 0 || random.NextDouble() < 0.1 ? "escalate" : disallowed[random.Next(disallowed.Length)];
        return new WorkflowStep(now, Build(random, other, true, ticket, now, requestId), true);
    }

    /// <summary>
    /// Side commands (allowed in every handling state) weigh less than the workflow's own steps, so
    /// sequences get deep enough to resolve, close and reopen instead of transferring forever.
    /// </summary>
    private static string Weighted(Random random, IReadOnlyList<string> allowed)
    {
        var weights = allowed.Select(name => WorkflowSteps.Contains(name) ? 4 : 1).ToArray();
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < allowed.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return allowed[i];
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private static bool CanBeInvalid(string name) => Known.Contains(name) && name is not (Start or ResumeHandling or Close);

    private static TicketCommand Build(Random r, string name, bool valid, Ticket t, DateTimeOffset now, string requestId)
    {
        // Arguments are drawn in the same order as when every command was one record, so a seed replays the same sequence.
        var by = Actors[r.Next(Actors.Length)];
        return name switch
        {
            Contact => valid
                ? new Cmd.Contact(requestId, by, Pick(r, Departments), Text(r))
                : Pick(r, new Cmd.Contact(requestId, by, Missing(r), Text(r)), new Cmd.Contact(requestId, by, Pick(r, Departments), Missing(r))),
            // A completion later than a confirmed one needs a reason (given without a draw, so seeds replay as before).
            ReportPlan => valid
                ? new Cmd.ReportPlan(requestId, by, now + Span(r, TimeSpan.FromMinutes(1), TimeSpan.FromDays(10)), r.Next(2) == 0 ? null : Text(r)) { Reason = t.Plan?.ConfirmedCompletionDueAt is null ? null : "業主要求延期" }
                : new Cmd.ReportPlan(requestId, by, Pick<DateTimeOffset?>(r, null, now, now - Span(r, TimeSpan.FromSeconds(1), TimeSpan.FromDays(2))), null),
            ConfirmPlan => new Cmd.ConfirmPlan(requestId, by, t.Plan is { ConfirmedCompletionDueAt: { } confirmed } p && p.CompletionDueAt > confirmed ? "同意延期" : null),
            ReturnPlan => new Cmd.ReturnPlan(requestId, by, valid ? Text(r) : Missing(r)),
            ConfirmCategory => new Cmd.ConfirmCategory(requestId, by),
            WaitForOwner => valid
                ? new Cmd.WaitForOwner(requestId, by, Text(r), now + Span(r, TimeSpan.FromMinutes(1), TimeSpan.FromDays(3)), Pick<int?>(r, null, -1, 0, 1, 3))
                : Pick(r,
                    new Cmd.WaitForOwner(requestId, by, Missing(r), now + TimeSpan.FromHours(2), null),
                    new Cmd.WaitForOwner(requestId, by, Text(r), Pick<DateTimeOffset?>(r, null, now, now - TimeSpan.FromMinutes(5)), null)),
            Resolve => new Cmd.Resolve(requestId, by, valid ? Text(r) : Missing(r)),
            Reopen => new Cmd.Reopen(requestId, by, valid ? Text(r) : Missing(r)),
            FileStatement => new Cmd.FileStatement(requestId, by, valid ? Text(r) : Missing(r)),
            Callback => valid
                ? Pick(r, new Cmd.Callback(requestId, by, true, r.Next(1, 6), Pick<string?>(r, null, Text(r))), new Cmd.Callback(requestId, by, false, Pick<int?>(r, null, 9), null))
                : Pick(r, new Cmd.Callback(requestId, by, null, 4, null), new Cmd.Callback(requestId, by, true, Pick<int?>(r, null, 0, 6, -1), null)),
            ReviewStatement => new Cmd.ReviewStatement(requestId, by, valid ? r.Next(2) == 0 : null, Pick<string?>(r, null, Text(r))),
            Decide => valid
                ? Pick(r, new Cmd.Decide(requestId, by, true, Text(r), null), new Cmd.Decide(requestId, by, false, Text(r), Text(r)))
                : Pick(r,
                    new Cmd.Decide(requestId, by, null, Text(r), Text(r)),
                    new Cmd.Decide(requestId, by, r.Next(2) == 0, Missing(r), Text(r)),
                    new Cmd.Decide(requestId, by, false, Text(r), Blank(r))),
            // Invalid: the ticket's own project, no project, or a project without its branch (which the parser never sends, but the ticket must still refuse).
            Transfer => valid ? Transferred(r, t, requestId, by) : Pick(r,
                new Cmd.Transfer(requestId, by, t.ProjectId, t.BranchId),
                new Cmd.Transfer(requestId, by, "", "north"),
                new Cmd.Transfer(requestId, by, OtherProject(r, t).ProjectId, "")),
            CorrectCategory => new Cmd.CorrectCategory(
                requestId,
                by,
                valid
                    ? Cased(r, WorkflowWorld.Categories.All.Select(h => h.Code).Where(code => code != t.Category).ToArray())
                    : CommandInput.Text(Pick<string?>(r, t.Category, t.Category.ToUpperInvariant(), "plumbing", null, ""))),
            RaiseSeverity => new Cmd.RaiseSeverity(requestId, by, valid ? Severity.Serious : Pick<Severity?>(r, Severity.General, null)),
            // The owner's side: scores 1–5 (or one missing or out of range), an answer, an urge with or without a note.
            Rate => valid
                ? new Cmd.Rate(requestId, by, r.Next(1, 6), r.Next(1, 6), r.Next(1, 6), Pick<string?>(r, null, Text(r)))
                : new Cmd.Rate(requestId, by, Pick<int?>(r, null, 0, 6), r.Next(1, 6), Pick<int?>(r, 3, null, -1), null),
            AnswerRating => new Cmd.AnswerRating(requestId, by, valid ? Text(r) : Missing(r)),
            Urge => new Cmd.Urge(requestId, by, Pick<string?>(r, null, Text(r))),
            // Scores only while the resolution is unrated (a second rating is refused, and that is the invalid case).
            ConfirmResolution => valid
                ? t.Rating is null && r.Next(2) == 0
                    ? new Cmd.ConfirmResolution(requestId, by, r.Next(1, 6), r.Next(1, 6), r.Next(1, 6), Text(r))
                    : new Cmd.ConfirmResolution(requestId, by, null, null, null, null)
                : new Cmd.ConfirmResolution(requestId, by, r.Next(1, 6), Pick<int?>(r, null, 0, 7), r.Next(1, 6), null),
            // Issue 11: who holds it (the grain checks the organisation first; the pure step only records the handler).
            Assign => new Cmd.AssignHandler(requestId, by, valid ? (t.Handler == "handler-1" ? "handler-2" : "handler-1") : Pick(r, Missing(r), t.Handler ?? "")),
            Take => new Cmd.TakeTicket(requestId, by),
            Return => new Cmd.ReturnTicket(requestId, by, valid ? Text(r) : Missing(r)),
            Start => new Cmd.Start(requestId, by),
            ResumeHandling => new Cmd.ResumeHandling(requestId, by),
            Close => new Cmd.Close(requestId, by),
            _ => Other(r, name, requestId, by),
        };
    }

    /// <summary>A command this generator has no case for (or "escalate", no command at all): a reason and a note are drawn, as most commands want.</summary>
    private static TicketCommand Other(Random r, string name, string requestId, Actor by)
    {
        var (reason, note) = (Text(r), Text(r));
        return name == RaiseRiskWarning ? new Cmd.RaiseRiskWarning(requestId, by, reason) { Remark = note } : new UnlistedCommand(name, requestId, by) { Remark = note };
    }

    private static Cmd.Transfer Transferred(Random r, Ticket t, string requestId, Actor by)
    {
        var (projectId, branchId) = OtherProject(r, t);
        return new Cmd.Transfer(requestId, by, projectId, branchId);
    }

    private static (string ProjectId, string BranchId) OtherProject(Random r, Ticket t)
    {
        var others = WorkflowWorld.Projects.Where(p => p.ProjectId != t.ProjectId).ToArray();
        return others[r.Next(others.Length)];
    }

    /// <summary>Category codes are looked up case-insensitively; the ticket must still keep the canonical code.</summary>
    private static string Cased(Random r, string[] codes)
    {
        var code = codes[r.Next(codes.Length)];
        return r.Next(4) == 0 ? code.ToUpperInvariant() : code;
    }

    public static TimeSpan Span(Random r, TimeSpan min, TimeSpan max) =>
        min + TimeSpan.FromSeconds(Math.Floor(r.NextDouble() * (max - min).TotalSeconds));

    private static string Text(Random r) => Texts[r.Next(Texts.Length)];

    private static string? Blank(Random r) => Pick<string?>(r, null, "", "   ", TooLong);

    /// <summary>A blank required text, absent (null) passed on as the parser passes it.</summary>
    private static string Missing(Random r) => CommandInput.Text(Blank(r));

    private static T Pick<T>(Random r, params T[] options) => options[r.Next(options.Length)];
}
