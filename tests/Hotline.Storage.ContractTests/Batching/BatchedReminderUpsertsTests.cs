using Hotline.Storage.ContractTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Hotline.Storage.ContractTests.Batching;

/// <summary>
/// Issue 14: a reminder row upserted in a batch is the row Orleans' own reminder table reads, found by the ring range
/// its grain hashes to, and each upsert gives it a new ETag.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class BatchedReminderUpsertsTests(SiloFixture fixture)
{
    private readonly BatchedWrites _writes = new(fixture.Silo);
    private readonly IReminderTable _orleans = fixture.Silo.Services.GetRequiredService<IReminderTable>();

    [Fact]
    public async Task I14_UpsertedInABatch_OrleansReadsItWithItsETagStartAndPeriod()
    {
        var start = new DateTime(2026, 12, 7, 0, 10, 0, DateTimeKind.Utc);
        var entry = ReminderEntries.New(GrainIds.NewGuidKey(), "deadline", start, TimeSpan.FromSeconds(20));

        var etag = await _writes.Reminders.Upsert(entry);

        var read = await _orleans.ReadRow(entry.GrainId, "deadline");
        Assert.NotNull(read);
        Assert.Equal((etag, start, TimeSpan.FromSeconds(20)), (read.ETag, read.StartAt, read.Period));
    }

    [Fact]
    public async Task I14_UpsertedInABatch_FoundInTheRingRangeOfItsGrainHash()
    {
        var entry = ReminderEntries.New(GrainIds.NewGuidKey(), "deadline");
        await _writes.Reminders.Upsert(entry);
        var hash = entry.GrainId.GetUniformHashCode();

        // Begin exclusive, end inclusive: the range (hash - 1, hash] holds the row; (hash, hash + 1] does not.
        var holding = await _orleans.ReadRows(unchecked(hash - 1), hash);
        var next = await _orleans.ReadRows(hash, unchecked(hash + 1));

        Assert.Contains(holding.Reminders, r => r.GrainId == entry.GrainId);
        Assert.DoesNotContain(next.Reminders, r => r.GrainId == entry.GrainId);
    }

    [Fact]
    public async Task I14_UpsertedAgain_ANewETagAndOrleansRemovesItOnlyWithThatOne()
    {
        var entry = ReminderEntries.New(GrainIds.NewGuidKey(), "deadline");
        var first = await _writes.Reminders.Upsert(entry);
        entry.Period = TimeSpan.FromMinutes(2);

        var second = await _writes.Reminders.Upsert(entry);

        Assert.NotEqual(first, second);
        Assert.False(await _orleans.RemoveRow(entry.GrainId, "deadline", first!));
        Assert.True(await _orleans.RemoveRow(entry.GrainId, "deadline", second!));
    }
}
