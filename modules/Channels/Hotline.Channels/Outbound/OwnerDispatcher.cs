using Hotline.BuildingBlocks;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.Logging;

namespace Hotline.Channels.Outbound;

/// <summary>
/// Sends recorded owner messages through the intake channel each names (<see cref="IIntakeChannel.Send"/>). A new message
/// is recorded already claimed for its first attempt and sent at once by the silo that recorded it (<see cref="Record"/>);
/// retries, and messages whose silo died before sending, are claimed by the sweep every SweepInterval on every silo (the
/// shared <see cref="OutboxSweeper"/> loop). Each attempt is claimed in the database first (FOR UPDATE SKIP LOCKED), so two
/// silos never send the same attempt. After a delivery the ticket records it on its timeline (A10.2.3); a failed record is
/// retried by the next sweep, and the ticket ignores a repeat.
/// </summary>
public sealed class OwnerDispatcher(
    OwnerOutboxStore store,
    OwnerChannels channels,
    OwnerOutboxOptions options,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<OwnerDispatcher> logger) : OutboxSweeper(time)
{
    private const int Batch = 20;

    // New messages this silo is sending at once; beyond this many they are recorded due and the sweep sends them, so a
    // slow channel does not gather unbounded sends in memory.
    private const int MaxSendingAtOnce = 64;

    private int _sendingAtOnce;

    protected override TimeSpan SweepInterval => options.SweepInterval;

    protected override void SweepFailed(Exception error) => OwnerOutboxLog.SweepFailed(logger, error.Message);

    public override async Task Sweep(CancellationToken ct)
    {
        while (await store.Claim(Time.GetUtcNow(), options.SendLease, Batch, ct) is { Count: > 0 } claimed)
        {
            await Task.WhenAll(claimed.Select(m => Attempt(m, ct)));
        }

        foreach (var (messageId, ticketId, eventKey, channel, deliveredAt) in await store.Unrecorded(Time.GetUtcNow(), Batch * 5, ct))
        {
            await Record(messageId, ticketId, eventKey, channel, deliveredAt, ct);
        }
    }

    /// <summary>
    /// Records a new message (a repeated one is a no-op). One that can be sent is recorded claimed for its first attempt,
    /// which is made at once off the caller's thread: it saves the sweep's claim of each new message. If this silo dies
    /// before the attempt ends, the claim expires after SendLease and any silo's sweep sends it.
    /// </summary>
    internal async Task Record(OwnerOutboxRow row, CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var pending = row.Status == OwnerOutboxStatus.Pending;
        var claim = pending && TakeSendingSlot();
        var sending = false;
        try
        {
            var recorded = await store.Record(row, now, claim ? now + options.SendLease : null, ct);
            sending = claim && recorded;
            if (!claim && recorded && pending)
            {
                Wake();
            }
        }
        finally
        {
            if (claim && !sending)
            {
                ReleaseSendingSlot();
            }
        }

        if (sending)
        {
            var message = new ClaimedOwnerMessage(row.MessageId, row.TicketId, row.TicketNumber, row.EventKey, row.Channel, row.Kind,
                row.To!, row.Text, Attempt: 1, CreatedAt: now);
            _ = Task.Run(() => SendNow(message), CancellationToken.None);
        }
    }

    private bool TakeSendingSlot()
    {
        if (Interlocked.Increment(ref _sendingAtOnce) <= MaxSendingAtOnce)
        {
            return true;
        }

        ReleaseSendingSlot();
        return false;
    }

    private void ReleaseSendingSlot() => Interlocked.Decrement(ref _sendingAtOnce);

    private async Task SendNow(ClaimedOwnerMessage message)
    {
        try
        {
            await Attempt(message, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Not ended (the database is away): the claim expires and a sweep sends it again.
            SweepFailed(e);
        }
        finally
        {
            ReleaseSendingSlot();
        }
    }

    private async Task Attempt(ClaimedOwnerMessage message, CancellationToken ct)
    {
        ChannelResult result;
        if (!channels.ById.TryGetValue(message.Channel, out var channel))
        {
            result = ChannelResult.Permanent($"no intake channel '{message.Channel}' is installed");
        }
        else
        {
            try
            {
                result = await channel.Send(new OwnerMessage(message.MessageId, message.Kind, message.To, message.Text, message.TicketNumber, message.CreatedAt), ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // A plugin that throws is a passing failure; its message is not kept (it may hold what it sent).
                result = ChannelResult.Retryable($"channel threw {e.GetType().Name}");
            }
        }

        var now = Time.GetUtcNow();
        var (status, next, error) = OwnerOutboxRetry.After(result, message.Attempt, now, options);
        if (result.Outcome != ChannelOutcome.Delivered)
        {
            OwnerOutboxLog.Failed(logger, message.MessageId, message.Channel, message.TicketId, message.Attempt, result.Reason);
        }

        await store.Complete(message, status, next, error, now, ct);
        OwnerOutboxLog.Completed(logger, message.MessageId, message.Channel, message.TicketId, status, message.Attempt);
        if (status == OwnerOutboxStatus.Delivered)
        {
            await Record(message.MessageId, message.TicketId, message.EventKey, message.Channel, now, ct);
        }
    }

    private async Task Record(string messageId, Guid ticketId, string eventKey, string channel, DateTimeOffset deliveredAt, CancellationToken ct)
    {
        try
        {
            await grains.GetGrain<ITicketGrain>(ticketId).OwnerNoticeDelivered(new OwnerNoticeDelivery(eventKey, channel, deliveredAt));
            await store.MarkRecorded(messageId, Time.GetUtcNow(), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            OwnerOutboxLog.NotRecorded(logger, ticketId, messageId, e.Message);
        }
    }
}
