using System.Diagnostics;
using Hotline.Cluster.Tests.Crash;
using Hotline.TestKit;
using Npgsql;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// N Hotline silos as real child processes, one cluster on one database, each in a slot the load driver addresses.
/// A slot keeps its silo's client while the silo is down (the driver's requests to it fail, as behind a load balancer
/// that has not noticed yet) until a new silo started in it is ready. Disposing kills whatever still runs.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);
    private readonly CrashHost[] _slots;
    private readonly List<CrashHost> _started = [];
    private int _generation;

    private FaultCluster(int size, string database, IReadOnlyDictionary<string, string?> environment)
    {
        _slots = new CrashHost[size];
        Database = database;
        Environment = environment;
    }

    /// <summary>The connection string the silos use (the test's database, or a gate in front of it).</summary>
    public string Database { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; }

    public string ClusterId { get; } = $"faults-{Guid.NewGuid():N}"[..18];

    public IReadOnlyList<HttpClient> Clients => _slots.Select(s => s.Http).ToArray();

    public CrashHost this[int slot] => _slots[slot];

    public int Size => _slots.Length;

    /// <summary>The first silo migrates and seeds; the others start together once it is ready.</summary>
    public static async Task<FaultCluster> StartAsync(int size, string database, IReadOnlyDictionary<string, string?> environment)
    {
        var cluster = new FaultCluster(size, database, environment);
        try
        {
            await cluster.Launch(0);
            await Task.WhenAll(Enumerable.Range(1, size - 1).Select(cluster.Launch));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a new silo in the slot and returns the times of its start (<see cref="SiloStart"/>) once it is ready.</summary>
    public async Task<SiloStart> Start(int slot)
    {
        var known = await MembershipWatch.Ports(Database, ClusterId);
        var membership = MembershipWatch.NewSilo(Database, ClusterId, known, ReadyTimeout);
        var (running, ready) = await Launch(slot);
        var (listed, active) = await membership;
        return new SiloStart(listed, active, running, ready);
    }

    /// <summary>Starts a silo in the slot; returns how long until it printed that it runs and until it was ready.</summary>
    private async Task<(TimeSpan Running, TimeSpan Ready)> Launch(int slot)
    {
        var watch = Stopwatch.StartNew();
        var silo = await CrashHost.StartAsync($"silo-{slot}.{Interlocked.Increment(ref _generation)}", Database, ClusterId, Environment);
        var running = watch.Elapsed;
        lock (_started)
        {
            _started.Add(silo);
        }

        await Readiness.Wait(silo.Http, 200, ReadyTimeout, () => silo.Tail(30));
        _slots[slot] = silo;
        return (running, watch.Elapsed);
    }

    /// <summary>Waits until the membership table records the silo as dead (Orleans' status 6); returns how long that took.</summary>
    public async Task<TimeSpan> DeclaredDead(CrashHost silo, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select max(status) from orleans_membership where deploymentid = @cluster and port = @port", connection);
        command.Parameters.AddWithValue("cluster", ClusterId);
        command.Parameters.AddWithValue("port", silo.SiloPort);
        while (await command.ExecuteScalarAsync() is not 6)
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"silo {silo.Name} (port {silo.SiloPort}) was not declared dead within {timeout}");
            }

            await Task.Delay(250);
        }

        return watch.Elapsed;
    }

    /// <summary>Lines any silo printed that contain <paramref name="text"/>, each cut to 600 characters: evidence for a report.</summary>
    public IReadOnlyList<string> Lines(string text, int most)
    {
        lock (_started)
        {
            return [.. _started.SelectMany(s => s.Output.Split('\n').Where(l => l.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(l => $"{s.Name}: {(l.Length > 600 ? l[..600] + "…" : l)}")).Take(most)];
        }
    }

    /// <summary>Everything every silo printed, last lines first cut, for a failure message.</summary>
    public string Tails(int lines)
    {
        lock (_started)
        {
            return string.Join('\n', _started.Select(s => s.Tail(lines)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<CrashHost> all;
        lock (_started)
        {
            all = [.. _started];
        }

        foreach (var silo in all)
        {
            await silo.DisposeAsync();
        }
    }
}
