using Hotline.Storage.ContractTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Hotline.Storage.ContractTests.Reminders;

/// <summary>
/// Ring ranges are (begin, end] over uint hashes; Begin = End is the whole ring. Orleans casts hashes to
/// int32 and picks ReadRangeRows1Key or ReadRangeRows2Key by the signed comparison.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class ReminderRangeTests(SiloFixture fixture)
{
    private const uint HighHalf = 1u << 31;
    private readonly IReminderTable _table = fixture.Silo.Services.GetRequiredService<IReminderTable>();

    [Fact]
    public async Task ReadRows_RangesAcrossTheRing_ReturnExactlyTheGrainsInside()
    {
        var grains = await SeedAsync();
        var low = grains.Where(h => h < HighHalf).Order().ToList();
        var high = grains.Where(h => h >= HighHalf).Order().ToList();
        var ranges = new (uint Begin, uint End)[]
        {
            (low[0], low[^1]),              // begin < end, low half: begin excluded, end included
            (high[0], high[^1]),            // begin < end, both hashes >= 2^31
            (high[0] - 1, high[0]),         // a single hash >= 2^31 at the inclusive end
            (high[0], high[0] + 1),         // the same hash at the exclusive begin
            (low[^1], high[0]),             // crosses 2^31 (signed begin > end)
            (high[^1], low[0]),             // wraps past zero (signed begin < end)
            (high[0], low[^1]),             // wraps, keeping most of the ring
            (low[1], low[1]),               // begin = end: the whole ring
        };

        foreach (var (begin, end) in ranges)
        {
            var expected = grains.Where(h => InRange(h, begin, end)).Order().ToList();

            var data = await _table.ReadRows(begin, end);

            var actual = data.Reminders.Select(r => r.GrainId.GetUniformHashCode()).Where(grains.Contains).Order().ToList();
            Assert.True(expected.SequenceEqual(actual), $"Range ({begin}, {end}]: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    /// <summary>Upserts reminders for random grains until both ring halves hold several, returning their hashes.</summary>
    private async Task<HashSet<uint>> SeedAsync()
    {
        var hashes = new HashSet<uint>();
        while (hashes.Count(h => h < HighHalf) < 4 || hashes.Count(h => h >= HighHalf) < 4)
        {
            var grainId = GrainIds.NewGuidKey();
            if (hashes.Add(grainId.GetUniformHashCode()))
            {
                await _table.UpsertRow(ReminderEntries.New(grainId, "range"));
            }
        }

        return hashes;
    }
}
