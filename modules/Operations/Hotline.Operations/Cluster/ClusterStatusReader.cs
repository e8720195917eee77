using Hotline.Operations.Contracts;
using Hotline.Operations.Reminders;
using Hotline.Operations.Storage;
using Npgsql;

namespace Hotline.Operations.Cluster;

/// <summary><see cref="IClusterStatus"/>: the four parts read side by side (management grain, reminder table, database probe).</summary>
internal sealed class ClusterStatusReader(ClusterMembers members, ReminderSchedule reminders, StorageProbe storage, TimeProvider clock) : IClusterStatus
{
    public async Task<ClusterStatus> Read(ClusterStatusQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var at = clock.GetUtcNow();
        var silos = members.Silos();
        var activations = members.Activations();
        var due = ReadReminders(at, query, ct);
        var health = storage.Check(ct);
        return new ClusterStatus(at, await silos, await activations, await due, await health);
    }

    // A database that does not answer is reported by the storage part; the rest of the status still shows.
    private async Task<RemindersDue?> ReadReminders(DateTimeOffset at, ClusterStatusQuery query, CancellationToken ct)
    {
        try
        {
            return await reminders.Read(at, query, ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return null;
        }
    }
}
