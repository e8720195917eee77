using Hotline.Storage.ContractTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Storage.ContractTests.Reminders;

/// <summary>Removing a reminder checks its ETag; clearing the table touches only this service's rows.</summary>
[Collection(SiloCollection.Name)]
public sealed class ReminderRemovalTests(SiloFixture fixture)
{
    private readonly IReminderTable _table = fixture.Silo.Services.GetRequiredService<IReminderTable>();

    [Fact]
    public async Task RemoveRow_StaleETag_ReturnsFalseAndKeepsRow()
    {
        var entry = ReminderEntries.New(GrainIds.NewGuidKey(), "escalate");
        var stale = await _table.UpsertRow(entry);
        var current = await _table.UpsertRow(entry);
        Assert.NotNull(stale);

        Assert.False(await _table.RemoveRow(entry.GrainId, entry.ReminderName, stale));

        Assert.Equal(current, (await _table.ReadRow(entry.GrainId, entry.ReminderName))?.ETag);
    }

    [Fact]
    public async Task RemoveRow_CurrentETag_ReturnsTrueAndDeletesRow()
    {
        var entry = ReminderEntries.New(GrainIds.NewGuidKey(), "escalate");
        var current = await _table.UpsertRow(entry);
        Assert.NotNull(current);

        Assert.True(await _table.RemoveRow(entry.GrainId, entry.ReminderName, current));

        Assert.Null(await _table.ReadRow(entry.GrainId, entry.ReminderName));
        Assert.False(await _table.RemoveRow(entry.GrainId, entry.ReminderName, current));
    }

    [Fact]
    public async Task ClearTable_RowsOfOtherService_AreKept()
    {
        var otherService = $"other-{Guid.NewGuid():N}";
        await Sql.ExecuteAsync(fixture.Silo.ConnectionString,
            "insert into orleans_reminders values (@service, 'ticket/x', 'r', now(), 60000, 1, 1)", ("service", otherService));
        var entry = ReminderEntries.New(GrainIds.NewGuidKey(), "escalate");
        await _table.UpsertRow(entry);

        await _table.TestOnlyClearTable();

        Assert.Null(await _table.ReadRow(entry.GrainId, entry.ReminderName));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(fixture.Silo.ConnectionString,
            "select count(*) from orleans_reminders where serviceid = @service", ("service", otherService)));
    }
}
