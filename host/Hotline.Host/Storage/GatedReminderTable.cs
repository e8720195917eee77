using Hotline.Storage.OrleansTables;

namespace Hotline.Host.Storage;

/// <summary>
/// Orleans' ADO.NET reminder table behind the silo's <see cref="StorageGate"/> for the calls a grain makes (read,
/// upsert, remove one reminder); the reminder service's range reads and start/stop pass straight through, so a wave of
/// registrations never delays the service loading what is due. Upserts, one per ticket that moves its deadline, go
/// batched with other grains' (<see cref="BatchedReminderUpserts"/>, the catalog's same text).
/// </summary>
public sealed class GatedReminderTable(IReminderTable inner, StorageGate gate, BatchedReminderUpserts upserts) : IReminderTable
{
    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => inner.StopAsync(cancellationToken);

    public Task<ReminderTableData> ReadRows(GrainId grainId) => gate.Run(() => inner.ReadRows(grainId));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => inner.ReadRows(begin, end);

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => gate.Run(() => inner.ReadRow(grainId, reminderName));

    public Task<string?> UpsertRow(ReminderEntry entry) => upserts.Upsert(entry);

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => gate.Run(() => inner.RemoveRow(grainId, reminderName, eTag));

    public Task TestOnlyClearTable() => inner.TestOnlyClearTable();
}
