using Hotline.Reporting.Contracts.WeeklySummaries;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// Starts the weekly-summary schedule once the silo runs (registered after it, so it starts after it). Idempotent on
/// every silo; a failure is logged and retried, never stops the host.
/// </summary>
internal sealed class WeeklySummaryScheduleStarter(IGrainFactory grains, ILogger<WeeklySummaryScheduleStarter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await grains.GetGrain<IWeeklySummaryScheduleGrain>(IWeeklySummaryScheduleGrain.SingletonKey).Start();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The weekly-summary schedule did not start (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * attempt)), stoppingToken);
            }
        }
    }
}
