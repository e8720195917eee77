using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Grains;

/// <summary>
/// The owner hears back: each event an owner cares about is noted in the ticket's owner outbox in the write that caused
/// it and handed to <see cref="IOwnerNotices"/> (the Channels module implements it), which records and sends it. Reliable like the staff
/// notices (TicketGrain.Notices.cs): told after the write, retried by the next tick or command until handed over (the
/// reminder stays due while one is owed), and idempotent per event key downstream.
/// </summary>
public sealed partial class TicketGrain
{
    internal const string DecidedKeyPrefix = "decided-";

    /// <summary>Event keys of the owner notices this activation has handed over; made on the first one (see _noticesTold).</summary>
    private HashSet<string>? _ownerNoticesTold;

    /// <summary>An owner notice is listed that this activation has not handed over yet.</summary>
    private bool OwnerNoticesOwed =>
        !Current.OwnerNoticesToSend.IsDefaultOrEmpty && Current.OwnerNoticesToSend.Any(n => _ownerNoticesTold?.Contains(n.EventKey) != true);

    /// <summary>The owner notices a change owes, keyed by the event so a repeated change owes nothing new.</summary>
    private TicketState WithOwnerNotices(TicketState s, Ticket? before, Ticket after)
    {
        if (before is null)
        {
            s = OweOwner(s, new(OwnerNoticeEvent.Received, "received", after.RegisteredAt, OwnerNoticeTexts.Received()));
        }

        if (after.Plan is { ConfirmedAt: { } confirmed, ConfirmedCompletionDueAt: { } due } && confirmed != before?.Plan?.ConfirmedAt)
        {
            var zone = ServiceProvider.GetRequiredService<TimeZoneInfo>();
            s = OweOwner(s, new(OwnerNoticeEvent.PlanConfirmed, $"plan-confirmed-{confirmed.UtcTicks}", confirmed, OwnerNoticeTexts.PlanConfirmed(due, zone)));
        }

        // A suggestion's decision resolves it: the owner gets the decision, not a second "resolved" message.
        var decidedNow = after.Decision is { } d && d.DecidedAt != before?.Decision?.DecidedAt;
        if (after.ResolvedAt is { } resolved && resolved != before?.ResolvedAt && !decidedNow)
        {
            s = OweOwner(s, new(OwnerNoticeEvent.Resolved, $"resolved-{resolved.UtcTicks}", resolved, OwnerNoticeTexts.Resolved(after.ResolutionNote)));
        }

        if (after.Decision is { } decision && decision.DecidedAt != before?.Decision?.DecidedAt)
        {
            s = OweOwner(s, new(OwnerNoticeEvent.SuggestionDecided, $"{DecidedKeyPrefix}{decision.DecidedAt.UtcTicks}", decision.DecidedAt, OwnerNoticeTexts.Decided(decision)));
        }

        if (after.Status == TicketStatus.Invalid && before is not null && before.Status != TicketStatus.Invalid && after.Statement is { ReviewedAt: { } reviewed } statement)
        {
            s = OweOwner(s, new(OwnerNoticeEvent.FoundInvalid, $"invalid-{reviewed.UtcTicks}", reviewed, OwnerNoticeTexts.FoundInvalid(statement.Reason)));
        }

        if (before is not null && after.ReopenCount > before.ReopenCount)
        {
            s = OweOwner(s, new(OwnerNoticeEvent.Reopened, $"reopened-{after.ReopenCount}", time.GetUtcNow(), OwnerNoticeTexts.Reopened()));
        }

        return s;
    }

    private static TicketState OweOwner(TicketState s, PendingOwnerNotice notice)
    {
        // A state stored before the owner outbox existed reads it as a default array.
        var owed = s.OwnerNoticesToSend.IsDefault ? [] : s.OwnerNoticesToSend;
        return owed.Any(n => n.EventKey == notice.EventKey) ? s : s with { OwnerNoticesToSend = owed.Add(notice) };
    }

    /// <summary>Hands each owed owner notice to <see cref="IOwnerNotices"/>; needs the tracking number, so waits for the list row.</summary>
    private async Task FlushOwnerNotices()
    {
        if (!OwnerNoticesOwed || Current.Ticket is not { } ticket)
        {
            return;
        }

        try
        {
            // The number is given when the list row is first written (Publish): without it nothing is told yet.
            var number = await queries.NumberOf(ticket.Id) ?? throw new InvalidOperationException("the ticket has no number yet");
            var notices = ServiceProvider.GetRequiredService<IOwnerNotices>();
            foreach (var pending in Current.OwnerNoticesToSend.Where(n => _ownerNoticesTold?.Contains(n.EventKey) != true).ToList())
            {
                await notices.Tell(new OwnerNotice(ticket.Id, number, ticket.Channel, pending.EventKey, KindOf(pending.Event),
                    OwnerNoticeTexts.Opening(pending.Event, ticket.Kind, number) + pending.Tail, pending.At)
                {
                    Phone = Current.Owner?.Phone,
                    Name = Current.Owner?.Name,
                });
                (_ownerNoticesTold ??= new(StringComparer.Ordinal)).Add(pending.EventKey);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Ticket {TicketId}: the owner is not told yet ({Reason}); the next tick or command retries", ticket.Id, e.Message);
        }
    }

    /// <summary>The owner outbox without the notices this activation has handed over.</summary>
    private TicketState WithoutToldOwnerNotices(TicketState s) =>
        s.OwnerNoticesToSend.IsDefaultOrEmpty || _ownerNoticesTold is not { } told
            ? s
            : s with { OwnerNoticesToSend = s.OwnerNoticesToSend.RemoveAll(n => told.Contains(n.EventKey)) };

    public async Task OwnerNoticeDelivered(OwnerNoticeDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var recorded = Current.OwnerNoticesDelivered.IsDefault ? [] : Current.OwnerNoticesDelivered;
        if (Current.Ticket is not { } ticket || recorded.Contains(delivery.EventKey))
        {
            return;
        }

        // A10.2.3: the suggestion's reply reaching the owner is part of the decision's record.
        var reply = delivery.EventKey.StartsWith(DecidedKeyPrefix, StringComparison.Ordinal);
        var next = reply
            ? ticket with { ReplyReachedOwnerAt = delivery.DeliveredAt, ReplyReachedOwnerBy = delivery.Channel, Version = ticket.Version + 1 }
            : ticket;
        var entry = new TimelineEntry(time.GetUtcNow(), new Actor(delivery.Channel, "Channel"), reply ? "reply-reached-owner" : "owner-told",
            $"{delivery.EventKey} delivered via {delivery.Channel} at {delivery.DeliveredAt:u}");
        // The history's bound holds here too (as for an owner's reply): past it, the delivery is still recorded on the ticket.
        var timeline = Current.Timeline.Length < Workflow.TicketHistoryLimit.MaxEntries ? Current.Timeline.Add(entry) : Current.Timeline;
        await Persist(Current with { Ticket = next, Timeline = timeline, OwnerNoticesDelivered = recorded.Add(delivery.EventKey) });
        if (reply)
        {
            await Publish(next);
        }
    }

    private static OwnerNoticeKind KindOf(OwnerNoticeEvent e) => e switch
    {
        OwnerNoticeEvent.Received => OwnerNoticeKind.Acknowledgement,
        OwnerNoticeEvent.Reopened => OwnerNoticeKind.Notification,
        _ => OwnerNoticeKind.Reply,
    };
}
