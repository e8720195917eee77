using Hotline.Storage.ContractTests.Support;
namespace Hotline.Storage.ContractTests.Schema;

/// <summary>
/// The hot provider queries must be index lookups. Each test fills a table with enough rows that a
/// sequential scan is clearly worse, then asks the planner about the catalog's own query text.
/// </summary>
public sealed class QueryPlanTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private const int Rows = 40_000;
    private const int SliceOfRing = 4_000_000; // about 0.1% of the 2^32 ring

    [Theory]
    [InlineData("ReadRangeRows1Key", 0, SliceOfRing)]
    [InlineData("ReadRangeRows2Key", int.MaxValue - SliceOfRing, int.MinValue + SliceOfRing)]
    public async Task ReminderRangeRead_ManyRows_UsesRingIndex(string queryKey, int beginHash, int endHash)
    {
        await Sql.ExecuteAsync(database.ConnectionString, $"""
            insert into orleans_reminders (serviceid, grainid, remindername, starttime, period, grainhash, version)
            select 'plan-{queryKey}-' || (i % 4), 'ticket/' || i, 'r', now(), 60000, hashint4(i), 1
            from generate_series(1, {Rows}) i;
            analyze orleans_reminders
            """);

        var plan = await ExplainAsync(queryKey,
            ("ServiceId", $"plan-{queryKey}-1"), ("BeginHash", beginHash), ("EndHash", endHash));

        Assert.DoesNotContain("Seq Scan", plan);
        Assert.Contains(plan.Split('\n'), line => line.Contains("Index Cond:") && line.Contains("grainhash >"));
        Assert.Contains("orleans_reminders_ring", plan);
    }

    [Fact]
    public async Task StorageRead_ManyStringKeys_LooksUpWholeIdentityInIndex()
    {
        // String keys share N0 = N1 = 0, so only the extension tells them apart: it must be an index condition.
        await Sql.ExecuteAsync(database.ConnectionString, $"""
            insert into orleans_storage (serviceid, statename, grainidn0, grainidn1, grainidextension, payloadbinary, version)
            select 'plan-storage', 'state', 0, 0, 'flat-' || i, '\x00', 1 from generate_series(1, {Rows}) i;
            analyze orleans_storage
            """);

        var plan = await ExplainAsync("ReadFromStorageKey",
            ("ServiceId", "plan-storage"), ("GrainTypeString", "state"), ("GrainIdN0", 0L), ("GrainIdN1", 0L),
            ("GrainIdExtensionString", "flat-123"), ("GrainIdHash", 42), ("GrainTypeHash", 42));

        Assert.Contains("Index Scan using orleans_storage_identity", plan);
        var indexCondition = plan.Split('\n').Single(line => line.TrimStart().StartsWith("Index Cond:", StringComparison.Ordinal));
        Assert.Contains("COALESCE(grainidextension", indexCondition);
    }

    private async Task<string> ExplainAsync(string queryKey, params (string Name, object Value)[] parameters)
    {
        var query = await Sql.ScalarAsync<string>(database.ConnectionString,
            "select querytext from orleansquery where querykey = @key", ("key", queryKey));
        var lines = await Sql.ColumnAsync(database.ConnectionString, "explain " + query, parameters);
        return string.Join('\n', lines);
    }
}
