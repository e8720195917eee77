using Hotline.BuildingBlocks;
using Hotline.Organization.Contracts;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Logging;

namespace Hotline.Notifications.Deliveries;

/// <summary>
/// Sends recorded channel deliveries: at once when the notifier wakes it, and every SweepInterval (on every silo) for
/// retries that fell due and for deliveries a crashed silo left behind (the loop is the shared <see cref="OutboxSweeper"/>).
/// Each attempt is claimed in the database first, so two silos never send the same attempt.
/// </summary>
public sealed class NotificationDispatcher(
    NotificationDeliveryStore store,
    NotificationChannels channels,
    NotificationOptions options,
    IStaffDirectory staff,
    TimeProvider time,
    ILogger<NotificationDispatcher> logger) : OutboxSweeper(time)
{
    private const int Batch = 20;

    protected override TimeSpan SweepInterval => options.SweepInterval;

    protected override bool HasWork => channels.Names.Count > 0;

    protected override void SweepFailed(Exception error) => DeliveryLog.SweepFailed(logger, error.Message);

    /// <summary>Claims and sends due deliveries until none is left.</summary>
    public override async Task Sweep(CancellationToken ct)
    {
        while (true)
        {
            var claimed = await store.Claim(channels.Names, Time.GetUtcNow(), options.SendLease, Batch, ct);
            if (claimed.Count == 0)
            {
                return;
            }

            await Task.WhenAll(claimed.Select(d => Attempt(d, ct)));
        }
    }

    private async Task Attempt(ClaimedDelivery delivery, CancellationToken ct)
    {
        var channel = channels.ByName[delivery.Channel];
        // The directory's per-silo copy, looked up by id (not a scan of every person per delivery).
        var phone = (await staff.GetPerson(delivery.PersonId))?.Phone;
        ChannelResult result;
        try
        {
            result = await channel.Send(new ChannelMessage(delivery.DeliveryId.ToString("N"), delivery.PersonId, phone, delivery.Text, delivery.CreatedAt), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // A plugin that throws is treated as a passing failure: its message is not logged (it may hold what it sent).
            result = ChannelResult.Retryable($"channel threw {e.GetType().Name}");
        }

        var now = Time.GetUtcNow();
        var (status, next, error) = DeliveryRetry.After(result, delivery.Attempt, now, options);
        if (result.Outcome != ChannelOutcome.Delivered)
        {
            DeliveryLog.Failed(logger, delivery.DeliveryId, delivery.Channel, delivery.PersonId, delivery.Attempt, result.Reason);
        }

        await store.Complete(delivery, status, next, error, now, ct);
        DeliveryLog.Completed(logger, delivery.DeliveryId, delivery.Channel, delivery.PersonId, status, delivery.Attempt);
    }
}
