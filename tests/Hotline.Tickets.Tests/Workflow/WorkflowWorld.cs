using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Categories;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// The world the pure state-machine tests run in: two categories, the regulation's default policy
/// (duty-time limits 08:00–20:00 Asia/Shanghai) and a round-the-clock one, three projects, and
/// registration done exactly as <c>TicketGrain.Register</c> does it.
/// </summary>
internal static class WorkflowWorld
{
    public const string DutyHours = "duty-hours";
    public const string AroundTheClock = "around-the-clock";

    public static readonly ICategoryCatalog Categories = new CategoryCatalog([new TestCategoryHandler()]);

    public static readonly IReadOnlyList<(string ProjectId, string BranchId)> Projects =
        [("p-sunrise", "north"), ("p-harbour", "south"), ("p-garden", "east")];

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly SlaPolicy DutyHoursPolicy = new(new SlaPolicyOptions(), Shanghai);

    private static readonly SlaPolicy AroundTheClockPolicy =
        new(new SlaPolicyOptions { DutyWindow = new DutyWindowOptions { Start = "00:00", End = "24:00" } }, Shanghai);

    public static SlaPolicy Policy(string name) => name switch
    {
        DutyHours => DutyHoursPolicy,
        AroundTheClock => AroundTheClockPolicy,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown test policy"),
    };

    /// <summary>The ticket as <c>TicketGrain.Register</c> builds it (same handler choice, severity, first clock, limits).</summary>
    public static Ticket Register(WorkflowStart start)
    {
        var handler = start.Category is { } code && Categories.TryGet(code, out var chosen) ? chosen : Categories.Classify(start.Text);
        var suggested = handler.SuggestSeverity(start.Text) == SeveritySuggestion.Serious ? Severity.Serious : Severity.General;
        var severity = start.Severity ?? suggested;
        var first = start.Kind == TicketKind.Suggestion ? ClockKind.SuggestionReply : ClockKind.Start;
        var limits = Policy(start.Policy).Resolve(start.Kind, handler.Code, severity, start.ProjectId);
        var branch = Projects.Single(p => p.ProjectId == start.ProjectId).BranchId;
        const string location = "3號樓";
        return new Ticket(
            Guid.Parse("5e3a0c1e-0000-4000-8000-000000000001"), start.Kind, start.ProjectId, branch, handler.Code, severity,
            handler.NormalizeIssueKey(new IssueKeyInput(start.Text, start.ProjectId, location)),
            handler.ResponsibleDepartment, start.Text, location, "call-center",
            TicketStatus.Dispatched, start.At, [new Clock(first, start.At, new LimitsClockRules(limits).DueAt(first, severity, start.At), null, null)], Version: 1)
        {
            Limits = limits,
            DispatchedAt = start.At,
            SuggestedSeverity = suggested,
        };
    }
}
