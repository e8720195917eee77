using System.Diagnostics.Metrics;
using Hotline.Operations.Contracts;
using Npgsql;

namespace Hotline.Operations.Storage;

/// <summary>
/// This process's Npgsql connection pools, read on demand from Npgsql's own metrics (meter "Npgsql": connections by
/// state, and each pool's maximum); Npgsql has no public API for pool figures. Listening only for the moment of a read.
/// </summary>
internal static class NpgsqlPools
{
    private const string MeterName = "Npgsql";
    private const string Count = "db.client.connection.count";
    private const string Max = "db.client.connection.max";
    private const string PoolTag = "db.client.connection.pool.name";
    private const string StateTag = "db.client.connection.state";

    public static IReadOnlyList<ConnectionPoolFigures> Read()
    {
        var pools = new Dictionary<string, (long Idle, long Busy, long? Max)>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name is Count or Max)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(pools, instrument.Name, value, tags));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(pools, instrument.Name, value, tags));
        listener.Start();
        listener.RecordObservableInstruments();
        return pools.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ConnectionPoolFigures(WithoutPassword(p.Key), p.Value.Idle, p.Value.Busy, p.Value.Max))
            .ToList();
    }

    // A pool is named by its data source, by default its connection string: never show a password, whatever Npgsql puts there.
    private static string WithoutPassword(string pool)
    {
        try
        {
            var settings = new NpgsqlConnectionStringBuilder(pool);
            if (settings.Password is null)
            {
                return pool;
            }

            settings.Password = null;
            return settings.ConnectionString;
        }
        catch (ArgumentException)
        {
            return pool; // not a connection string
        }
    }

    private static void Record(Dictionary<string, (long Idle, long Busy, long? Max)> pools, string instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? pool = null, state = null;
        foreach (var tag in tags)
        {
            if (tag.Key == PoolTag)
            {
                pool = tag.Value?.ToString();
            }
            else if (tag.Key == StateTag)
            {
                state = tag.Value?.ToString();
            }
        }

        if (pool is null)
        {
            return;
        }

        var figures = pools.GetValueOrDefault(pool);
        pools[pool] = (instrument, state) switch
        {
            (Max, _) => figures with { Max = value },
            (_, "idle") => figures with { Idle = figures.Idle + value },
            (_, "used") => figures with { Busy = figures.Busy + value },
            _ => figures,
        };
    }
}
