using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;
using static Hotline.Tickets.Contracts.TicketCommands;

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
        [.. WorkflowSteps, FileStatement, Transfer, CorrectCategory, RaiseSeverity];

    private static readonly string TooLong = new('漏', TicketTransitions.MaxTextLength + 1);

    public static WorkflowStep Next(Random random, TicketView ticket, DateTimeOffset now, IClockRules rules, string requestId)
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

    private static TicketCommand Build(Random r, string name, bool valid, TicketView t, DateTimeOffset now, string requestId)
    {
        var c = new TicketCommand(name, requestId, Actors[r.Next(Actors.Length)]);
        return name switch
        {
            Contact => valid
                ? c with { Department = Pick(r, Departments), Plan = Text(r) }
                : Pick(r, c with { Department = Blank(r), Plan = Text(r) }, c with { Department = Pick(r, Departments), Plan = Blank(r) }),
            ReportPlan => valid
                ? c with { CompletionDueAt = now + Span(r, TimeSpan.FromMinutes(1), TimeSpan.FromDays(10)), Plan = r.Next(2) == 0 ? null : Text(r) }
                : c with { CompletionDueAt = Pick<DateTimeOffset?>(r, null, now, now - Span(r, TimeSpan.FromSeconds(1), TimeSpan.FromDays(2))) },
            WaitForOwner => valid
                ? c with { Reason = Text(r), FollowUpAt = now + Span(r, TimeSpan.FromMinutes(1), TimeSpan.FromDays(3)), Attempts = Pick<int?>(r, null, -1, 0, 1, 3) }
                : Pick(r,
                    c with { Reason = Blank(r), FollowUpAt = now + TimeSpan.FromHours(2) },
                    c with { Reason = Text(r), FollowUpAt = Pick<DateTimeOffset?>(r, null, now, now - TimeSpan.FromMinutes(5)) }),
            Resolve or Reopen => c with { Note = valid ? Text(r) : Blank(r) },
            FileStatement => c with { Reason = valid ? Text(r) : Blank(r) },
            Callback => valid
                ? Pick(r, c with { Yes = true, Rating = r.Next(1, 6), Note = Pick<string?>(r, null, Text(r)) }, c with { Yes = false, Rating = Pick<int?>(r, null, 9) })
                : Pick(r, c with { Yes = null, Rating = 4 }, c with { Yes = true, Rating = Pick<int?>(r, null, 0, 6, -1) }),
            ReviewStatement => c with { Yes = valid ? r.Next(2) == 0 : null, Note = Pick<string?>(r, null, Text(r)) },
            Decide => valid
                ? Pick(r, c with { Yes = true, Note = Text(r) }, c with { Yes = false, Note = Text(r), Reason = Text(r) })
                : Pick(r,
                    c with { Yes = null, Note = Text(r), Reason = Text(r) },
                    c with { Yes = r.Next(2) == 0, Note = Blank(r), Reason = Text(r) },
                    c with { Yes = false, Note = Text(r), Reason = Blank(r) }),
            Transfer => valid ? Transferred(r, t, c) : Pick(r,
                c with { ProjectId = t.ProjectId, BranchId = t.BranchId },
                c with { ProjectId = null, BranchId = "north" },
                c with { ProjectId = OtherProject(r, t).ProjectId, BranchId = null }),
            CorrectCategory => c with
            {
                Category = valid
                    ? Cased(r, WorkflowWorld.Categories.All.Select(h => h.Code).Where(code => code != t.Category).ToArray())
                    : Pick<string?>(r, t.Category, t.Category.ToUpperInvariant(), "plumbing", null, ""),
            },
            RaiseSeverity => c with { Severity = valid ? Severity.Serious : Pick<Severity?>(r, Severity.General, null) },
            Start or ResumeHandling or Close => c,
            // A command this generator does not know yet (or "escalate", no command at all): a reason and a note, as most commands want.
            _ => c with { Reason = Text(r), Note = Text(r) },
        };
    }

    private static TicketCommand Transferred(Random r, TicketView t, TicketCommand c)
    {
        var (projectId, branchId) = OtherProject(r, t);
        return c with { ProjectId = projectId, BranchId = branchId };
    }

    private static (string ProjectId, string BranchId) OtherProject(Random r, TicketView t)
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

    private static T Pick<T>(Random r, params T[] options) => options[r.Next(options.Length)];
}
