using System.Collections.Concurrent;

namespace Hotline.Benchmarks;

/// <summary>
/// Registration through <c>POST /api/tickets</c> at each volume: the peak rate (closed loop), then p99 at half that rate
/// (open loop), then the largest stored grain state. Between volumes the preload writes the missing tickets as a year of
/// history by SQL (<see cref="ReportFill"/> with <see cref="PreloadClones"/>: three real tickets taken through their life
/// by the API, copied under fresh ids); before each measurement the earlier windows' own reminders are let pass (<see cref="ReminderLull"/>).
/// </summary>
public sealed class IntakeMeasurements(BenchOptions options, Report report, string connectionString, IReadOnlyList<GeneratedProject> projects, double pgbenchTps)
{
    private readonly Complaints _complaints = new(projects);
    private readonly List<(int Volume, double Rate, double P99)> _volumes = [];
    private ConcurrentQueue<Guid> _ids = new();

    /// <summary>Tickets the preload wrote (a year of them in the query store): the report step fills only the rest.</summary>
    public int Preloaded { get; private set; }

    public async Task RunVolumesAsync(HostChild host, string password, string liaisonPassword, CancellationToken ct)
    {
        using var api = new HotlineApi(host.Address) { KeepIds = options.MemoryTickets + 200 };
        await api.SignInAsync(GeneratedOrganisation.Agent, password, ct);
        using var liaison = new HotlineApi(host.Address);
        await liaison.SignInAsync(GeneratedOrganisation.Liaison, liaisonPassword, ct);
        var before = await TableGrowth.CountAsync(connectionString, ct);
        var templates = await PreloadTemplates.CreateAsync(api, liaison, _complaints, ct);
        report.Note($"preload templates {string.Join(", ", templates.Select(t => $"{t.Id} (life {t.Life})"))}: the rows their three lives wrote: " +
            TableGrowth.Delta(before, await TableGrowth.CountAsync(connectionString, ct)));
        var clones = await PreloadClones.ReadAsync(connectionString, templates, ct);
        report.Note($"preload copies: {clones.Describe()}");
        var loop = new ClosedLoop(api, _complaints, options.Clients);
        await MeasureAsync(api, loop, 0, ct);
        foreach (var target in options.Preload)
        {
            var need = target - Preloaded - api.Created;
            if (need > 0)
            {
                await new ReportFill(connectionString, report, $"preload_v{target}", clones).RunAsync(projects, need, ct);
                Preloaded += need;
            }

            report.Note($"volume now {Preloaded} preloaded + {api.Created} registered through the API");
            await ReminderLull.WaitAsync(connectionString, options.Warmup + options.Measure * 2, TimeSpan.FromMinutes(options.Quick ? 1 : 20), report, ct);
            await MeasureAsync(api, loop, target, ct);
        }

        if (!api.Failures.IsEmpty)
        {
            report.Note($"failed registrations over the run: {string.Join(", ", api.Failures.Select(f => $"{f.Key} x{f.Value}"))}");
        }

        var empty = _volumes[0];
        var last = _volumes[^1];
        report.Add("intake_per_s", empty.Rate, "registrations/s", "empty volume");
        report.Add("intake_vs_pgbench", empty.Rate / pgbenchTps, "ratio", "empty-volume intake / pgbench_tps");
        report.Add("intake_p99_ms_half_load", _volumes.Max(v => v.P99), "ms", "worst volume");
        report.Add("intake_flatness", last.Rate / empty.Rate, "ratio", $"rate at {last.Volume} tickets / rate on empty");
        foreach (var (state, bytes, rows) in await GrainStateSizes.ReadAsync(connectionString, ct))
        {
            report.Add($"grain_state_max_bytes_{state}", bytes, "bytes", $"{rows} rows, at {Preloaded + api.Created} tickets");
        }

        _ids = api.Registered;
        await new SearchMeasurements(options, report, connectionString).RunAsync(api, ct);
    }

    public async Task ProbeMemoryAsync(HostChild host, string password, CancellationToken ct)
    {
        using var api = new HotlineApi(host.Address);
        await api.SignInAsync(GeneratedOrganisation.Agent, password, ct);
        var ids = _ids.ToArray();
        var warm = ids.Take(100).ToArray();
        var probed = ids.Skip(100).Take(options.MemoryTickets).ToArray();
        if (probed.Length == 0)
        {
            throw new InvalidOperationException("no registered ticket ids were kept for the memory probe");
        }

        await ReadAllAsync(api, warm, ct);
        var before = await HeapProbe.AfterFullGcAsync(host.ProcessId, ct);
        var activeBefore = await TicketActivations.CountAsync(host.Address, ct);
        var reading = System.Diagnostics.Stopwatch.StartNew();
        await ReadAllAsync(api, probed, ct);
        var took = reading.Elapsed;
        var after = await HeapProbe.AfterFullGcAsync(host.ProcessId, ct);
        var activated = await TicketActivations.CountAsync(host.Address, ct) - activeBefore;

        // Reminders of older tickets may activate grains meanwhile: a spell idle afterwards shows how much that adds.
        var idleFor = took < TimeSpan.FromSeconds(15) ? took : TimeSpan.FromSeconds(15);
        await Task.Delay(idleFor, ct);
        var idle = await HeapProbe.AfterFullGcAsync(host.ProcessId, ct);
        // Divided by the ticket grains actually activated meanwhile (the probed ones and any a reminder woke), never fewer than probed.
        // The figure is the growth of what survived the full GC (what the activations keep); the heap's size also counts
        // free space left between the objects the burst of reads allocated, which the next allocations reuse.
        var grains = Math.Max(activated, probed.Length);
        report.Add("ticket_grain_managed_bytes", (after.LiveBytes - before.LiveBytes) / (double)grains, "bytes",
            $"live bytes after induced full GC: {before.LiveBytes} before, {after.LiveBytes} after reading {probed.Length} tickets by GET in {took.TotalSeconds:0.#} s, " +
            $"which activated {activated} ticket grains (Orleans' gauge; reminders wake some); per probed ticket {(after.LiveBytes - before.LiveBytes) / (double)probed.Length:0}; " +
            $"heap size (free space included) {before.HeapBytes} before, {after.HeapBytes} after, {(after.HeapBytes - before.HeapBytes) / (double)grains:0} per grain; " +
            $"{idleFor.TotalSeconds:0.#} s idle afterwards changed live bytes by {idle.LiveBytes - after.LiveBytes}, heap size by {idle.HeapBytes - after.HeapBytes}");
    }

    private async Task MeasureAsync(HotlineApi api, ClosedLoop loop, int volume, CancellationToken ct)
    {
        report.Note($"measuring at {Preloaded + api.Created} tickets ({Preloaded} preloaded; {options.Warmup.TotalSeconds:0} s warm-up, {options.Measure.TotalSeconds:0} s)");
        var peak = await loop.MeasureAsync(options.Warmup, options.Measure, ct);
        if (peak.Created == 0)
        {
            throw new InvalidOperationException($"no registration succeeded at volume {volume} ({peak.Errors} errors)");
        }

        report.Add($"intake_per_s_v{volume}", peak.PerSecond, "registrations/s", $"{options.Clients} clients, {peak.Created} created, {peak.Errors} errors");
        var half = await new OpenLoop(api, _complaints).MeasureAsync(peak.PerSecond / 2, options.Measure, ct);
        report.Add($"intake_p99_ms_half_load_v{volume}", half.P99Ms, "ms", $"{peak.PerSecond / 2:0.#}/s open loop, {half.Sent} sent, {half.Errors} errors, p50 {half.P50Ms:0.#} ms");
        var largest = (await GrainStateSizes.ReadAsync(connectionString, ct)).FirstOrDefault();
        report.Add($"grain_state_max_bytes_v{volume}", largest.MaxBytes, "bytes", $"largest: {largest.StateName}");
        _volumes.Add((volume, peak.PerSecond, half.P99Ms));
    }

    private static async Task ReadAllAsync(HotlineApi api, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < ids.Count)
            {
                if (!await api.GetTicketAsync(ids[i], ct))
                {
                    throw new InvalidOperationException($"ticket {ids[i]} could not be read back");
                }
            }
        }, ct)));
    }
}
