using Hotline.Reporting.Contracts.WeeklySummaries;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// Starts the weekly-summary schedule as part of the host's start (registered after the silo, so it starts after it):
/// its one state write happens before the host reports started, not in the background later. Idempotent on every silo;
/// a failure is logged and retried in the background, never stops the host.
/// </summary>
internal sealed class WeeklySummaryScheduleStarter(IGrainFactory grains, ILogger<WeeklySummaryScheduleStarter> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _retries = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryStart(1))
            _retries = Retry(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retries.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task Retry(CancellationToken stoppingToken)
    {
        for (var attempt = 2; !stoppingToken.IsCancellationRequested; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * attempt)), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            if (stoppingToken.IsCancellationRequested || await TryStart(attempt))
                return;
        }
    }

    private async Task<bool> TryStart(int attempt)
    {
        try
        {
            await grains.GetGrain<IWeeklySummaryScheduleGrain>(IWeeklySummaryScheduleGrain.SingletonKey).Start();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The weekly-summary schedule did not start (attempt {Attempt}); retrying", attempt);
            return false;
        }
    }
}
