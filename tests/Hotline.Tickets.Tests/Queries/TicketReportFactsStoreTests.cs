using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>The report facts land in migration 0027's columns (checked by SQL); lists never read them back.</summary>
public sealed class TicketReportFactsStoreTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Upsert_ReportFacts_AreWrittenToTheirColumns()
    {
        var facts = new TicketReportFacts(Rows.T0.AddHours(3), Rows.T0.AddHours(4), "met", "late", "breached", "running", "cancelled", 5, 4, 2, false);
        var row = Rows.Ticket() with { Report = facts };

        await _db.Store.Upsert(row);

        await using var command = _db.DataSource.CreateCommand("""
            select resolved_at, closed_at, clock_start, clock_contact, clock_plan, clock_resolution, clock_suggestion_reply,
                   rating_overall, rating_speed, rating_attitude, suggestion_adopted
            from ticket_list
            """);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(Rows.T0.AddHours(3), reader.GetFieldValue<DateTimeOffset>(0));
        Assert.Equal(Rows.T0.AddHours(4), reader.GetFieldValue<DateTimeOffset>(1));
        Assert.Equal(["met", "late", "breached", "running", "cancelled"], Enumerable.Range(2, 5).Select(reader.GetString));
        Assert.Equal([(short)5, (short)4, (short)2], Enumerable.Range(7, 3).Select(reader.GetInt16));
        Assert.False(reader.GetBoolean(10));
        // A list reads what lists need: every list column as written, no report fact.
        Assert.Equal(row with { Number = "000001", Report = null }, Assert.Single((await _db.Store.Search(new TicketSearch())).Items));
    }

    [Fact]
    public async Task Upsert_NewerVersionWithoutFacts_ClearsThem()
    {
        var row = Rows.Ticket() with { Report = new TicketReportFacts(null, null, "running", null, null, null, null, null, null, null, null) };
        await _db.Store.Upsert(row);

        await _db.Store.Upsert(row with { Version = 2, Report = null });

        await using var command = _db.DataSource.CreateCommand("""
            select count(*) from ticket_list
            where version = 2 and num_nulls(resolved_at, closed_at, clock_start, clock_contact, clock_plan, clock_resolution,
                  clock_suggestion_reply, rating_overall, rating_speed, rating_attitude, suggestion_adopted) = 11
            """);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
