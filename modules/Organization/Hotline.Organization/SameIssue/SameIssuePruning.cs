using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hotline.Organization.SameIssue;

/// <summary>
/// Forgets report rows older than every window (same-issue and repeat) plus a day, hourly and in small batches, so the
/// table holds the windows, not the system's whole history. Any silo may run it; deleting twice is harmless.
/// </summary>
internal sealed class SameIssuePruning(SameIssueStore store, ISameIssuePolicy policy, TimeProvider time, ILogger<SameIssuePruning> logger) : BackgroundService
{
    private const int Batch = 5_000;
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);
    private static readonly TimeSpan Margin = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var before = time.GetUtcNow() - new SameIssueRules(policy).Keep - Margin;
            try
            {
                while (await store.Prune(before, Batch) == Batch && !stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Same-issue rows not pruned this hour ({Reason}); the next hour tries again", e.Message);
            }
        }
    }
}
