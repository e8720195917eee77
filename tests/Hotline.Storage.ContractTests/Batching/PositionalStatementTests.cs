using Hotline.BuildingBlocks.Storage;
using Hotline.Storage.ContractTests.Support;
using Npgsql;

namespace Hotline.Storage.ContractTests.Batching;

/// <summary>
/// Issue 14: a batched statement given as text with named parameters goes to PostgreSQL with positional ones (Npgsql
/// then sends it as it is instead of parsing it on every run); only real placeholders are replaced.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class PositionalStatementTests(SiloFixture fixture)
{
    // Placeholders once, twice and after a cast; "@a" in a string, a quoted name, a dollar quote and comments; a doubled
    // "::" cast; "@>" and ":b" where b is not bound.
    private const string Tricky = """
        select @a::int * 10 + @b::int as n, '@a '':b' || @t as s, $q$ @a $q$ as d, /* @a */ array[1, 2] @> array[@a::int] as c, -- @b
            @a::int as again, "x:y" as q
        from (select 'ok' as "x:y") v
        """;

    [Fact]
    public async Task I14_NamedStatement_SentPositionally_EveryRun()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Silo.ConnectionString);
        var batcher = new StatementBatcher(dataSource, writers: 1);

        foreach (var (a, b) in new[] { (2, 5), (1, 7) })
        {
            var bound = new List<NpgsqlParameter>();
            var row = await batcher.Run(Tricky, p =>
            {
                bound.Add(p.AddWithValue("a", a));
                bound.Add(p.AddWithValue("b", b));
                bound.Add(p.AddWithValue("t", "!"));
                bound.Add(p.AddWithValue("unused", 0));
            }, Read);

            Assert.Equal((a * 10 + b, "@a ':b!", " @a ", a <= 2, a, "ok"), row);
            // Sent by position: the three the text names lost their names; the unused one was left out.
            Assert.Equal(["", "", "", "unused"], bound.Select(p => p.ParameterName));
        }
    }

    [Fact]
    public async Task I14_SameTextBoundInAnotherOrder_StillRightByName()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Silo.ConnectionString);
        var batcher = new StatementBatcher(dataSource, writers: 1);
        await batcher.Run(Tricky, p =>
        {
            p.AddWithValue("a", 3);
            p.AddWithValue("b", 4);
            p.AddWithValue("t", "?");
        }, Read);

        var row = await batcher.Run(Tricky, p =>
        {
            p.AddWithValue("t", "?");
            p.AddWithValue("b", 4);
            p.AddWithValue("a", 1);
        }, Read);

        Assert.Equal((14, "@a ':b?", " @a ", true, 1, "ok"), row);
    }

    private static async Task<(int, string, string, bool, int, string)> Read(NpgsqlDataReader reader)
    {
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.GetInt32(4), reader.GetString(5));
    }
}
