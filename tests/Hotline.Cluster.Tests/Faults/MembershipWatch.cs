using System.Diagnostics;
using Npgsql;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// Watches the membership table for a silo not listed before: when its row first appears (it starts to join, after its
/// process has started up) and when it is Active (Orleans' status 3). Their difference is the join itself, what the
/// Hotline:Cluster failure-detection settings bound; the time before it is the process's start-up on this machine.
/// </summary>
public static class MembershipWatch
{
    private const int Active = 3;

    public static async Task<HashSet<int>> Ports(string database, string clusterId)
    {
        var ports = new HashSet<int>();
        await foreach (var (port, _) in Rows(database, clusterId))
        {
            ports.Add(port);
        }

        return ports;
    }

    /// <summary>Times from the call: the new silo's row listed, and Active; null for what did not happen within <paramref name="timeout"/>.</summary>
    public static async Task<(TimeSpan? Listed, TimeSpan? Active)> NewSilo(string database, string clusterId, IReadOnlySet<int> known, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        TimeSpan? listed = null;
        while (watch.Elapsed < timeout)
        {
            await foreach (var (port, status) in Rows(database, clusterId))
            {
                if (known.Contains(port))
                {
                    continue;
                }

                listed ??= watch.Elapsed;
                if (status == Active)
                {
                    return (listed, watch.Elapsed);
                }
            }

            await Task.Delay(200);
        }

        return (listed, null);
    }

    private static async IAsyncEnumerable<(int Port, int Status)> Rows(string database, string clusterId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select port, status from orleans_membership where deploymentid = @cluster", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return (reader.GetInt32(0), reader.GetInt32(1));
        }
    }
}
