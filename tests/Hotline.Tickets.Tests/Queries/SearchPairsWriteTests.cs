using Hotline.Tickets.Queries;
using Npgsql;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>
/// The text index's pairs (<c>search_bigrams</c>) are written with the list row (migration 0038) instead of generated
/// by the database on every write: they must be what the database's <c>ticket_search_bigrams</c> gives, or text
/// searches would miss rows.
/// </summary>
public sealed class SearchPairsWriteTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Theory]
    [InlineData("Room AB1", new[] { "ro", "oo", "om", "m ", " a", "ab", "b1" })]
    [InlineData("漏水漏水", new[] { "水漏", "漏水" })]
    [InlineData("楼A😀", new[] { "a😀", "楼a" })]
    [InlineData("x", new string[0])]
    public async Task Write_StoresTheTextsLowerCasedPairs(string text, string[] expected)
    {
        var row = Rows.Ticket(text);
        await _db.Store.Upsert(row);

        Assert.Equal(Sorted(expected), await Pairs(_db.DataSource, row.Id));
    }

    [Theory]
    [InlineData("12号楼电梯经常故障，按了没反应，请尽快维修")]
    [InlineData("Room A_1 HEATER broken")]
    [InlineData("水費多收了 50% 的費用 aAaA")]
    [InlineData("电梯😀坏了😀😀")]
    [InlineData("Ａ座电梯坏了 Äpfel Ωmega")]
    [InlineData("")]
    public async Task Write_StoresWhatTheDatabasesFunctionGives(string text)
    {
        var row = Rows.Ticket(text);
        await _db.Store.Upsert(row);

        Assert.Equal(await FunctionPairs(_db.DataSource, text), await Pairs(_db.DataSource, row.Id));
    }

    [Fact]
    public async Task PreviousVersionsInsert_WithoutThePairs_GetsThemFromTheDatabase()
    {
        // The statement of a silo of the previous version, still running during a rolling upgrade: no search_bigrams.
        var id = Guid.NewGuid();
        await using (var insert = _db.DataSource.CreateCommand("""
            insert into ticket_list (id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text, registered_at, breached, updated_at)
            values (@id, 1, 'Complaint', 'p', 'b', 'c', 'General', 'Dispatched', 'k', 'call-center', 'B座漏水', now(), false, now())
            """))
        {
            insert.Parameters.AddWithValue("id", id);
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(Sorted("b座", "座漏", "漏水"), await Pairs(_db.DataSource, id));
        Assert.Equal(id, Assert.Single((await _db.Store.Search(new TicketSearch { Text = "座漏水" })).Items).Id);
    }

    [Fact]
    public async Task CasedLettersOutsideAscii_FoldAsTheDatabasesLocaleFolds()
    {
        // A database whose character type folds full-width letters (C.utf8; the embedded one is C, which does not):
        // the search folds the query's "Ａ" to "ａ", so the row's pairs must be folded by the same lower().
        var (dataSource, store) = await Database("cutf8", "lc_collate 'C' lc_ctype 'C.utf8'");
        await using var _ = dataSource;
        var row = Rows.Ticket("Ａ座电梯坏了");
        await store.Upsert(row);

        Assert.Equal(Sorted("ａ座", "座电", "电梯", "梯坏", "坏了"), await Pairs(dataSource, row.Id));
        Assert.Equal(row.Id, Assert.Single((await store.Search(new TicketSearch { Text = "ａ座电梯" })).Items).Id);
    }

    [Fact]
    public async Task AsciiCapitals_FoldAsTheDatabasesLocaleFolds_TurkishDottlessI()
    {
        // A Turkish database (ICU tr-TR) lowers "I" to dotless "ı": the search folds the query "ISTANBUL" so, and the
        // row's pairs must be folded alike, or the text index would never find the row.
        var (dataSource, store) = await Database("icu_tr", "locale_provider icu icu_locale 'tr-TR' locale 'C'");
        await using var _ = dataSource;
        var row = Rows.Ticket("ISTANBUL Iz");
        await store.Upsert(row);

        Assert.Equal(Sorted("ıs", "st", "ta", "an", "nb", "bu", "ul", "l ", " ı", "ız"), await Pairs(dataSource, row.Id));
        Assert.Equal(row.Id, Assert.Single((await store.Search(new TicketSearch { Text = "ISTANBUL" })).Items).Id);
        Assert.Equal(row.Id, Assert.Single((await store.Search(new TicketSearch { Text = "ıstanbul" })).Items).Id);
    }

    private async Task<(NpgsqlDataSource DataSource, PostgresTicketQueryStore Store)> Database(string prefix, string locale)
    {
        var name = $"pairs_{prefix}_{Guid.NewGuid():N}";
        await using (var create = _db.DataSource.CreateCommand($"create database \"{name}\" template template0 encoding 'UTF8' {locale}"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(_db.ConnectionString) { Database = name }.ConnectionString;
        await Hotline.TestKit.HotlineSchema.Migrator().MigrateAsync(connectionString);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        return (dataSource, new PostgresTicketQueryStore(dataSource));
    }

    private static string[] Sorted(params string[] pairs) => [.. pairs.Order(StringComparer.Ordinal)];

    private static Task<string[]> Pairs(NpgsqlDataSource dataSource, Guid id) =>
        SortedArray(dataSource, "select search_bigrams from ticket_list where id = @value", id);

    private static Task<string[]> FunctionPairs(NpgsqlDataSource dataSource, string text) =>
        SortedArray(dataSource, "select ticket_search_bigrams(@value)", text);

    private static async Task<string[]> SortedArray(NpgsqlDataSource dataSource, string sql, object value)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("value", value);
        return Sorted((string[])(await command.ExecuteScalarAsync())!);
    }
}
