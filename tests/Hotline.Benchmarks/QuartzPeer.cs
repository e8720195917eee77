using System.Collections.Specialized;
using System.Diagnostics;
using Npgsql;
using Quartz;

namespace Hotline.Benchmarks;

/// <summary>
/// The peer (issue 14): the same deadlines as one-shot Quartz.NET jobs in its ADO.NET job store on the same PostgreSQL
/// (a database of its own). The schema is the script Quartz embeds in its own assembly, run at start. Scheduling is
/// timed over <c>clients</c> concurrent callers; each job then records when it ran against its scheduled fire time.
/// </summary>
public sealed class QuartzPeer(string connectionString, int clients, Action<string> note)
{
    private const string SchemaResource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";
    private const string Prefix = "qrtz_";

    public sealed record Outcome(double SchedulingPerSecond, TimeSpan SchedulingTook, WaveStatistics Statistics, double WarmSchedulingPerSecond,
        CpuUse? WarmCpuPerJob);

    /// <summary>Schedules one job per due time (the earliest must lie far enough ahead to schedule them all), waits until all ran or <paramref name="patience"/> after the last due time passed.</summary>
    public async Task<Outcome> RunAsync(IReadOnlyList<DateTimeOffset> dueTimes, TimeSpan patience, CancellationToken ct)
    {
        await CreateSchemaAsync(ct);
        WaveJob.Runs.Clear();
        // Quartz 4's standalone builder over the classic quartz.* properties (what StdSchedulerFactory took in 3.x).
        await using var factory = QuartzSchedulerBuilder.Create(_ => { }).UseProperties(Properties()).Build();
        var scheduler = await factory.GetScheduler(ct);
        await scheduler.Start(ct);
        try
        {
            var clock = Stopwatch.StartNew();
            var warm = new WarmRate(dueTimes.Count, cpu: () => CpuUse.Read(Environment.ProcessId));
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < dueTimes.Count)
                {
                    var job = JobBuilder.Create<WaveJob>().WithIdentity($"d{i}", "wave").Build();
                    var trigger = TriggerBuilder.Create().WithIdentity($"d{i}", "wave").StartAt(dueTimes[i])
                        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();
                    await scheduler.ScheduleJob(job, trigger, cancellationToken: ct);
                    warm.Completed();
                }
            }, ct)));
            var took = clock.Elapsed;
            var cpuPerJob = warm.CpuPerItemAfterFifth();
            note($"quartz: {dueTimes.Count} jobs scheduled in {took.TotalSeconds:0.0} s; first due {dueTimes.Min():HH:mm:ss.fff} UTC");
            if (TimeProvider.System.GetUtcNow() > dueTimes.Min())
            {
                note("quartz: scheduling ended AFTER the first due time: its lateness includes scheduling (a longer lead is needed)");
            }
            var giveUp = dueTimes.Max() + patience;
            while (WaveJob.Runs.Count < dueTimes.Count && TimeProvider.System.GetUtcNow() < giveUp)
            {
                await Task.Delay(200, ct);
            }

            var samples = dueTimes.Select((due, i) => WaveJob.Runs.TryGetValue($"d{i}", out var runs)
                ? new WaveSample(due, runs.Min(), runs.Count)
                : new WaveSample(due, null, 0)).ToArray();
            return new Outcome(dueTimes.Count / took.TotalSeconds, took, WaveStatistics.Of(samples), warm.PerSecond, cpuPerJob);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);
        }
    }

    /// <summary>The script as Quartz 4.7.3 ships it: '{0}'/'{1}' are the table prefix, statements are split on lines reading '--;;'.</summary>
    private async Task CreateSchemaAsync(CancellationToken ct)
    {
        await using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"Quartz's assembly has no resource {SchemaResource}");
        var script = (await new StreamReader(stream).ReadToEndAsync(ct)).Replace("{0}", Prefix, StringComparison.Ordinal).Replace("{1}", Prefix, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var statement in script.Split("\n--;;", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // The file's header is a piece of comments only.
            if (statement.Split('\n').All(line => line.TrimStart().StartsWith("--", StringComparison.Ordinal) || line.Trim().Length == 0))
            {
                continue;
            }

            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private NameValueCollection Properties() => new()
    {
        ["quartz.scheduler.instanceName"] = "HotlineWavePeer",
        ["quartz.scheduler.instanceId"] = "AUTO",
        ["quartz.threadPool.maxConcurrency"] = "10",
        ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
        ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz",
        ["quartz.jobStore.tablePrefix"] = Prefix,
        ["quartz.jobStore.useProperties"] = "true",
        ["quartz.jobStore.dataSource"] = "default",
        ["quartz.dataSource.default.provider"] = "Npgsql",
        ["quartz.dataSource.default.connectionString"] = connectionString,
        ["quartz.serializer.type"] = "stj",
    };
}
