using System.Collections.Immutable;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

public sealed class TicketListRowTests
{
    private static readonly DateTimeOffset T0 = Rows.T0;

    private static Ticket View(params Clock[] clocks) => new(
        Guid.NewGuid(), TicketKind.Repair, "p-harbour", "south", "landscaping", Severity.General, "landscaping/x",
        "LandscapingDept", "花壇需要修整", "門口", "web", TicketStatus.Started, T0.ToOffset(TimeSpan.FromHours(8)),
        [.. clocks], 7);

    [Fact]
    public void From_View_CopiesFieldsAndEnumNames()
    {
        var view = View();

        var row = TicketListRow.From(view, T0.AddHours(2));

        Assert.Equal(
            new TicketListRow(view.Id, 7, "Repair", "p-harbour", "south", "landscaping", "General", "Started", "landscaping/x",
                "web", "花壇需要修整", T0, false, null, T0.AddHours(2))
            {
                ResponsibleDepartment = "LandscapingDept",
                Assignee = TicketAssignee.Unit,
                Report = new TicketReportFacts(null, null, null, null, null, null, null, null, null, null, null),
            },
            row);
        Assert.Equal(TimeSpan.Zero, row.RegisteredAt.Offset);
    }

    [Fact]
    public void From_PendingClocks_NextDueIsTheEarliestPendingDeadline()
    {
        var row = TicketListRow.From(View(
            new Clock(ClockKind.Start, T0, T0.AddMinutes(5), T0.AddMinutes(1), null),
            new Clock(ClockKind.Start, T0, T0.AddHours(4), null, null),
            new Clock(ClockKind.Start, T0, T0.AddHours(1), null, null)), T0);

        Assert.Equal(T0.AddHours(1), row.NextDueAt);
        Assert.False(row.Breached);
    }

    [Fact]
    public void From_BreachRecordedOrMetLate_IsBreached()
    {
        var recorded = TicketListRow.From(View(new Clock(ClockKind.Start, T0, T0.AddMinutes(10), null, T0.AddMinutes(11))), T0);
        var late = TicketListRow.From(View(new Clock(ClockKind.Start, T0, T0.AddMinutes(10), T0.AddMinutes(12), null)), T0);

        Assert.True(recorded.Breached);
        Assert.Null(recorded.NextDueAt);
        Assert.True(late.Breached);
        Assert.Null(late.NextDueAt);
    }

    [Fact]
    public void From_DefaultClocks_HasNoDeadlineAndNoBreach()
    {
        var row = TicketListRow.From(View() with { Clocks = default }, T0);

        Assert.Null(row.NextDueAt);
        Assert.False(row.Breached);
    }
}
