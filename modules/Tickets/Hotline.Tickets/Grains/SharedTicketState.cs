using System.Collections.Immutable;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Grains;

/// <summary>
/// A ticket state whose repeated values (<see cref="SharedValues"/>) are the shared instances: applied to what storage
/// read at activation and to every state the grain writes. Free text (the complaint, the location, notes) and values
/// unique to the ticket are left as they are: sharing them would save nothing and pin them in the pool.
/// </summary>
public static class SharedTicketState
{
    public static TicketState Of(TicketState s)
    {
        var ticket = s.Ticket is { } t ? Of(t) : null;
        var timeline = Of(s.Timeline);
        var owed = Of(s.OwnerNoticesToSend);
        return ReferenceEquals(ticket, s.Ticket) && timeline == s.Timeline && owed == s.OwnerNoticesToSend
            ? s
            : s with { Ticket = ticket, Timeline = timeline, OwnerNoticesToSend = owed };
    }

    /// <summary>The acknowledgement every registration owes the owner is the same words for all: one instance.</summary>
    private static ImmutableArray<PendingOwnerNotice> Of(ImmutableArray<PendingOwnerNotice> owed) =>
        owed.IsDefaultOrEmpty || owed.All(n => n.Event != OwnerNoticeEvent.Received || IsShared(n))
            ? owed
            : [.. owed.Select(n => n.Event == OwnerNoticeEvent.Received ? n with { EventKey = SharedValues.Share(n.EventKey), Tail = SharedValues.Share(n.Tail) } : n)];

    private static bool IsShared(PendingOwnerNotice n) =>
        ReferenceEquals(SharedValues.Share(n.EventKey), n.EventKey) && ReferenceEquals(SharedValues.Share(n.Tail), n.Tail);

    private static Ticket Of(Ticket t)
    {
        var shared = t with
        {
            ProjectId = SharedValues.Share(t.ProjectId),
            BranchId = SharedValues.Share(t.BranchId),
            Category = SharedValues.Share(t.Category),
            ResponsibleDepartment = SharedValues.Share(t.ResponsibleDepartment),
            Channel = SharedValues.Share(t.Channel),
            Limits = SharedValues.ShareOrNull(t.Limits),
            WarningLevel = SharedValues.ShareOrNull(t.WarningLevel),
            Handler = SharedValues.ShareOrNull(t.Handler),
        };
        return Same(shared, t) ? t : shared;
    }

    private static bool Same(Ticket a, Ticket b) =>
        ReferenceEquals(a.ProjectId, b.ProjectId) && ReferenceEquals(a.BranchId, b.BranchId) && ReferenceEquals(a.Category, b.Category)
        && ReferenceEquals(a.ResponsibleDepartment, b.ResponsibleDepartment) && ReferenceEquals(a.Channel, b.Channel)
        && ReferenceEquals(a.Limits, b.Limits) && ReferenceEquals(a.WarningLevel, b.WarningLevel) && ReferenceEquals(a.Handler, b.Handler);

    private static ImmutableArray<TimelineEntry> Of(ImmutableArray<TimelineEntry> timeline)
    {
        if (timeline.IsDefaultOrEmpty)
        {
            return timeline;
        }

        ImmutableArray<TimelineEntry>.Builder? changed = null;
        for (var i = 0; i < timeline.Length; i++)
        {
            var e = timeline[i];
            var (actor, action) = (SharedValues.Share(e.Actor), SharedValues.Share(e.Action));
            if (changed is null && ReferenceEquals(actor, e.Actor) && ReferenceEquals(action, e.Action))
            {
                continue;
            }

            if (changed is null)
            {
                changed = ImmutableArray.CreateBuilder<TimelineEntry>(timeline.Length);
                changed.AddRange(timeline, i);
            }

            changed.Add(ReferenceEquals(actor, e.Actor) && ReferenceEquals(action, e.Action) ? e : e with { Actor = actor, Action = action });
        }

        return changed is null ? timeline : changed.MoveToImmutable();
    }
}
