using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Channels.Inbound;

/// <summary>
/// Every <c>SweepInterval</c>, on every silo: claims stored requests whose retry is due (failed ones, and ones a silo
/// left mid-way) and processes them again. The claim is a row lock with SKIP LOCKED, so two silos never take the same
/// row; registration is idempotent, so a crash between registering and marking the row makes no second ticket.
/// </summary>
public sealed class InboundRetryService(InboundStore store, IntakeChannelRegistry channels, InboundProcessor processor, InboundOptions options,
    TimeProvider time, ILogger<InboundRetryService> logger) : BackgroundService
{
    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (channels.All.Count == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Sweep(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                InboundLog.SweepFailed(logger, e.GetType().Name);
            }

            await Task.Delay(options.SweepInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Claims and processes due rows until none is left.</summary>
    public async Task Sweep(CancellationToken ct)
    {
        while (true)
        {
            var claimed = await store.Claim(time.GetUtcNow(), options.ProcessingLease, Batch, ct);
            if (claimed.Count == 0)
            {
                return;
            }

            foreach (var id in claimed)
            {
                await ProcessClaimed(id, ct);
            }
        }
    }

    /// <summary>Processes one row this silo has claimed (an operator's retry claims first too).</summary>
    public async Task<InboundOutcome?> ProcessClaimed(Guid id, CancellationToken ct)
    {
        if (await store.Get(id, ct) is not { } row)
        {
            return null;
        }

        if (channels.Find(row.Channel) is not { } channel)
        {
            var error = $"attempt {row.Attempts}: the channel '{row.Channel}' is not registered now";
            var now = time.GetUtcNow();
            await store.Complete(id, InboundCompletion.Failed(error, row.Attempts, now, options), now, ct);
            return InboundOutcome.Waiting(InboundStatus.Failed);
        }

        return await processor.Process(row, channel, fromWebhook: false, ct);
    }
}
