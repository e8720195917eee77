using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hotline.BuildingBlocks.Observability;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Tickets.Observability;

/// <summary>
/// <c>hotline.tickets.open</c> by state (issue 14), from the ticket list's counts cached for
/// <see cref="OpenTicketGaugeOptions.OpenTicketsRefresh"/>: not a table scan per scrape (see the option for why).
/// The list is the query store the grains write, so the figures can trail the grains by one refresh period.
/// </summary>
internal sealed class OpenTicketGauge(HotlineMetrics metrics, NpgsqlDataSource database, IOptions<OpenTicketGaugeOptions> options, ILogger<OpenTicketGauge> logger)
    : IHostedService
{
    private const string CountSql = "select status, count(*) from ticket_list where status not in ('Closed', 'Invalid') group by status";
    private static readonly TicketStatus[] OpenStates = [TicketStatus.Dispatched, TicketStatus.Started, TicketStatus.Contacted, TicketStatus.InProgress, TicketStatus.Resolved];

    private IReadOnlyDictionary<string, long>? _counts;
    private long _readAt;
    private int _refreshing;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Meter.CreateObservableGauge("hotline.tickets.open", Observe, "{ticket}", "Open tickets by state, from the ticket list (cached)");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<long>> Observe()
    {
        // The cache's age on the machine's monotonic clock: a test's fake business clock must not freeze it.
        var stale = _counts is null || Stopwatch.GetElapsedTime(Interlocked.Read(ref _readAt)) >= options.Value.OpenTicketsRefresh;
        if (stale && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = Refresh();
        }

        return _counts is not { } counts
            ? []
            : OpenStates.Select(s => new Measurement<long>(counts.GetValueOrDefault(s.ToString()), new KeyValuePair<string, object?>("state", s.ToString())));
    }

    private async Task Refresh()
    {
        try
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            await using var command = database.CreateCommand(CountSql);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                counts[reader.GetString(0)] = reader.GetInt64(1);
            }

            _counts = counts;
            Interlocked.Exchange(ref _readAt, Stopwatch.GetTimestamp());
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The last figures stay (or none are shown); the next scrape after the period tries again.
            metrics.StorageError("ticket_list");
            logger.LogWarning("Open tickets not counted: {Reason}", e.Message);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }
}
