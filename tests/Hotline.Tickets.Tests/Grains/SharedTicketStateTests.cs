using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Hotline.Tickets.Tests.Grains;

/// <summary>
/// Issue 9 (≤ 8 KB per activated ticket): values many tickets hold alike are one instance in memory, whatever storage
/// handed each activation; the state itself is unchanged.
/// </summary>
public sealed class SharedTicketStateTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void TwoTicketsReadFromStorage_ShareTheirLimitsIdsAndActors_AndKeepTheirValues()
    {
        // Two activations' reads: each deserialization makes its own strings and records.
        var first = Serializer.Deserialize<TicketState>(Serializer.SerializeToArray(Stored(Guid.NewGuid(), "8號樓電梯壞了")))!;
        var second = Serializer.Deserialize<TicketState>(Serializer.SerializeToArray(Stored(Guid.NewGuid(), "9號樓水管漏水")))!;
        Assert.NotSame(first.Ticket!.Limits, second.Ticket!.Limits);

        var a = SharedTicketState.Of(first);
        var b = SharedTicketState.Of(second);

        Assert.Same(a.Ticket!.Limits, b.Ticket!.Limits);
        Assert.Same(a.Ticket.ProjectId, b.Ticket.ProjectId);
        Assert.Same(a.Ticket.BranchId, b.Ticket.BranchId);
        Assert.Same(a.Ticket.Category, b.Ticket.Category);
        Assert.Same(a.Ticket.ResponsibleDepartment, b.Ticket.ResponsibleDepartment);
        Assert.Same(a.Ticket.Channel, b.Ticket.Channel);
        Assert.Same(a.Timeline[0].Actor, b.Timeline[0].Actor);
        Assert.Same(a.Timeline[0].Action, b.Timeline[0].Action);
        Assert.Same(a.OwnerNoticesToSend[0].Tail, b.OwnerNoticesToSend[0].Tail);

        // Nothing else moved: the ticket, its history and its outbox read as stored.
        Assert.Equal(first.Ticket, a.Ticket);
        Assert.Equal(first.Timeline.ToArray(), a.Timeline.ToArray());
        Assert.Equal(first.OwnerNoticesToSend.ToArray(), a.OwnerNoticesToSend.ToArray());
        Assert.Equal("8號樓電梯壞了", a.Ticket.Text);
        Assert.Equal("9號樓水管漏水", b.Ticket.Text);
    }

    [Fact]
    public void AStateAlreadyShared_IsReturnedAsItIs()
    {
        var shared = SharedTicketState.Of(Stored(Guid.NewGuid(), "8號樓電梯壞了"));

        Assert.Same(shared, SharedTicketState.Of(shared));
    }

    [Fact]
    public void NoTicketRegistered_IsLeftAlone()
    {
        var empty = new TicketState();

        Assert.Same(empty, SharedTicketState.Of(empty));
    }

    private static TicketState Stored(Guid id, string text)
    {
        var at = new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
        var schedule = new DutySchedule("Asia/Shanghai", new TimeOnly(8, 0), new TimeOnly(20, 0), []);
        var limits = new TicketLimits(LimitSpec.OfDutyTime(TimeSpan.FromMinutes(10)), LimitSpec.OfDutyTime(TimeSpan.FromHours(1)),
            LimitSpec.OfDutyTime(TimeSpan.FromHours(4)), LimitSpec.OfCalendarTime(TimeSpan.FromDays(1)), LimitSpec.OfCalendarTime(TimeSpan.FromDays(2)),
            LimitSpec.OfCalendarTime(TimeSpan.FromDays(2)), LimitSpec.OfCalendarTime(TimeSpan.FromDays(7)), 3, schedule);
        var ticket = new Ticket(id, TicketKind.Complaint, "p-sunrise", "north", "engineering", Severity.General, "p-sunrise|engineering|8", "EngineeringDept",
            text, "8號樓", "call-center", TicketStatus.Dispatched, at, [new Clock(ClockKind.Start, at, at.AddMinutes(10), null, null)], 1) { Limits = limits };
        return new TicketState
        {
            Ticket = ticket,
            Timeline = [new TimelineEntry(at, new Actor("cc-agent-1", "CallCenterAgent"), "register", $"Complaint via call-center, dispatched to p-sunrise ({id})")],
            OwnerNoticesToSend = [new PendingOwnerNotice(OwnerNoticeEvent.Received, "received", at, "，可憑編號查詢進度。")],
            HandledRequests = [id.ToString("N")],
        };
    }
}
