using System.Diagnostics;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Runtime;

namespace Hotline.Tickets.WarmUp;

/// <summary>
/// Activates the tickets whose pending clocks fall due within <see cref="DeadlineWarmUpOptions.Lead"/>, every minute,
/// at most <see cref="DeadlineWarmUpOptions.Concurrency"/> at a time (issue 14). A night's tickets are deactivated
/// long before the duty window opens and all fall due in the same minute: activated by their own ticks, 100,000 of them
/// read their state at once, queued past the grain calls' 30 s timeout and were recorded up to 75 s late. Warmed ahead,
/// at the pace the silo activates, the ticks meet activated tickets. On a cluster each silo warms its own share of the
/// due tickets (<see cref="WarmUpShare"/>), soonest first. A pass that cannot read the list (the database is down) is
/// tried again from the same point; a ticket that fails to activate is left to its own tick.
/// </summary>
public sealed class DeadlineWarmUp(NpgsqlDataSource database, IGrainFactory grains, IClusterMembershipService membership,
    ILocalSiloDetails silo, IOptions<DeadlineWarmUpOptions> options, TimeProvider time, ILogger<DeadlineWarmUp> logger) : BackgroundService
{
    // Soonest first (the partial index's order): a pass that takes long has warmed the earliest deadlines first.
    private const string DueSql = "select id from ticket_list where next_due_at > @from and next_due_at <= @until order by next_due_at";
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private long _warmedUntil = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>Deadlines up to this time have had their tickets activated (read by tests; each pass's log line says it too).</summary>
    public DateTimeOffset WarmedUntil => new(Interlocked.Read(ref _warmedUntil), TimeSpan.Zero);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lead = options.Value.Lead;
        if (lead <= TimeSpan.Zero)
        {
            return;
        }

        // Deadlines already due are ticking on their own, so the warm-up starts at now; its first pass comes a minute
        // after the start, when the silo is surely up.
        var from = time.GetUtcNow();
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var until = time.GetUtcNow() + lead;
            if (await Pass(from, until, stoppingToken))
            {
                from = until;
                Interlocked.Exchange(ref _warmedUntil, until.UtcTicks);
            }
        }
    }

    private async Task<bool> Pass(DateTimeOffset from, DateTimeOffset until, CancellationToken stoppingToken)
    {
        List<Guid> due;
        try
        {
            due = await Due(from, until, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Deadline warm-up: the ticket list could not be read ({Reason}); the next pass tries again", e.Message);
            return false;
        }

        var share = WarmUpShare.Of(membership.CurrentSnapshot, silo.SiloAddress);
        due.RemoveAll(id => !share.Contains(id));
        var started = Stopwatch.GetTimestamp();
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = stoppingToken };
        await Parallel.ForEachAsync(due, parallel, async (id, _) =>
        {
            try
            {
                await grains.GetGrain<ITicketGrain>(id).Prepare();
            }
            catch (Exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever broke the activation (the database, the state) is the ticket's own tick's to meet and report;
                // the warm-up only hurries, and a throw here would stop the host.
                Interlocked.Increment(ref failed);
            }
        });

        if (due.Count > 0)
        {
            logger.LogInformation("Deadline warm-up: {Count} tickets due by {Until:u} activated in {Elapsed:F0} ms ({Failed} failed, left to their own ticks; share {Share} of {Silos} silos)",
                due.Count, until, Stopwatch.GetElapsedTime(started).TotalMilliseconds, failed, share.Index + 1, share.Silos);
        }

        return true;
    }

    private async Task<List<Guid>> Due(DateTimeOffset from, DateTimeOffset until, CancellationToken ct)
    {
        await using var command = database.CreateCommand(DueSql);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("until", until);
        var due = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            due.Add(reader.GetGuid(0));
        }

        return due;
    }
}
