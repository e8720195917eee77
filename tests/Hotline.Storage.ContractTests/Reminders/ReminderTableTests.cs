using Hotline.Storage.ContractTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Hotline.Storage.ContractTests.Reminders;

[Collection(SiloCollection.Name)]
public sealed class ReminderTableTests(SiloFixture fixture)
{
    private readonly IReminderTable _table = fixture.Silo.Services.GetRequiredService<IReminderTable>();

    [Fact]
    public async Task Upsert_NewThenAgain_ReturnsETagThenANewOne()
    {
        var entry = ReminderEntries.New(GrainIds.NewGuidKey(), "escalate");

        var first = await _table.UpsertRow(entry);
        entry.Period = TimeSpan.FromMinutes(5);
        var second = await _table.UpsertRow(entry);

        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, second);
        var read = await _table.ReadRow(entry.GrainId, entry.ReminderName);
        Assert.Equal(second, read?.ETag);
        Assert.Equal(TimeSpan.FromMinutes(5), read?.Period);
    }

    [Fact]
    public async Task ReadRow_Missing_ReturnsNull()
    {
        Assert.Null(await _table.ReadRow(GrainIds.NewGuidKey(), "missing"));
    }

    [Fact]
    public async Task ReadRows_ForGrain_ReturnsOnlyThatGrainsReminders()
    {
        var grainId = GrainIds.NewGuidKey();
        await _table.UpsertRow(ReminderEntries.New(grainId, "first-response"));
        await _table.UpsertRow(ReminderEntries.New(grainId, "resolution"));
        await _table.UpsertRow(ReminderEntries.New(GrainIds.NewGuidKey(), "first-response"));

        var rows = await _table.ReadRows(grainId);

        Assert.Equal(["first-response", "resolution"], rows.Reminders.Select(r => r.ReminderName).Order());
        Assert.All(rows.Reminders, r => Assert.Equal(grainId, r.GrainId));
    }

    [Fact]
    public async Task Upsert_LongPeriodAndUtcStart_RoundTripExactly()
    {
        // 30 days is above int32 milliseconds (24.8 days); microseconds are PostgreSQL's timestamp precision.
        var startAt = new DateTime(2031, 3, 4, 5, 6, 7, 891, DateTimeKind.Utc).AddMicroseconds(234);
        var entry = ReminderEntries.New(GrainIds.NewGuidKey(), "monthly-review", startAt, TimeSpan.FromDays(30));

        await _table.UpsertRow(entry);
        var read = await _table.ReadRow(entry.GrainId, entry.ReminderName);

        Assert.Equal(TimeSpan.FromDays(30), read?.Period);
        Assert.Equal(startAt, read?.StartAt);
        Assert.Equal(DateTimeKind.Utc, read?.StartAt.Kind);
    }
}
