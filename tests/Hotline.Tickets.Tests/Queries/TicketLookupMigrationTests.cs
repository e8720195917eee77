namespace Hotline.Tickets.Tests.Queries;

/// <summary>
/// The lookup migration on a list written before it: the migration's own SQL (found by name, whatever number the
/// merge gives it) runs on the earlier shape of <c>ticket_list</c> and numbers the tickets already there.
/// </summary>
public sealed class TicketLookupMigrationTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Migration_ExistingTickets_AreNumberedInRegistrationOrderAndNewOnesContinue()
    {
        await Execute("""
            drop index ticket_list_search, ticket_list_warning_level, ticket_list_assignee, ticket_list_by_number;
            alter table ticket_list drop column search_bigrams, drop column number, drop column warning_level, drop column household,
                drop column responsible_department, drop column promised_completion_at, drop column assignee;
            drop function ticket_search_bigrams(text);
            insert into ticket_list (id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text, registered_at, breached, updated_at)
            values ('00000000-0000-0000-0000-00000000000c', 1, 'Complaint', 'p', 'b', 'c', 'General', 'Dispatched', 'k', 'call-center', 'third', '2025-03-03', false, now()),
                   ('00000000-0000-0000-0000-00000000000a', 1, 'Complaint', 'p', 'b', 'c', 'General', 'Dispatched', 'k', 'call-center', 'first', '2025-03-01', false, now()),
                   ('00000000-0000-0000-0000-00000000000b', 1, 'Complaint', 'p', 'b', 'c', 'General', 'Dispatched', 'k', 'call-center', '漏水', '2025-03-02', false, now());
            """);

        await Execute(LookupMigrationSql());
        await _db.Store.Upsert(Rows.Ticket("fourth", minutes: 10_000));

        var numbers = (await _db.Store.Search(new Hotline.Tickets.Queries.TicketSearch())).Items.Select(r => (r.Text, r.Number));
        Assert.Equal([("fourth", "000004"), ("third", "000003"), ("漏水", "000002"), ("first", "000001")], numbers);
        Assert.Equal("漏水", Assert.Single((await _db.Store.Search(new Hotline.Tickets.Queries.TicketSearch { Text = "漏水" })).Items).Text);
    }

    private static string LookupMigrationSql()
    {
        var assembly = typeof(TicketsModule).Assembly;
        var name = Assert.Single(assembly.GetManifestResourceNames(), n => n.EndsWith("_ticket_lookup.sql", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    private async Task Execute(string sql)
    {
        await using var command = _db.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
