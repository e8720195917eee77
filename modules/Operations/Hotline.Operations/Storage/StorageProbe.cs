using System.Diagnostics;
using Hotline.Operations.Contracts;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Operations.Storage;

/// <summary>One round trip to PostgreSQL, timed, with the pool figures and the embedded server's state.</summary>
internal sealed class StorageProbe(NpgsqlDataSource dataSource, IOptions<OperationsOptions> options, IEmbeddedDatabase? embedded = null)
{
    public async Task<StorageHealth> Check(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.StorageProbeTimeout);
        // A duration, not a moment: measured on the machine's monotonic clock, which a test's fake business clock must not stop.
        var started = Stopwatch.GetTimestamp();
        double? roundTrip = null;
        string? problem = null;
        try
        {
            await using var command = dataSource.CreateCommand("select 1");
            await command.ExecuteScalarAsync(timeout.Token);
            roundTrip = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            problem = $"no answer within {options.Value.StorageProbeTimeout.TotalSeconds:0.#} s";
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            problem = e.Message;
        }

        return new StorageHealth(problem is null, roundTrip, problem, NpgsqlPools.Read(), embedded?.Describe());
    }
}
