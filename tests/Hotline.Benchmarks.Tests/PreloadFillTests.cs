using Npgsql;
using Orleans.Runtime;

namespace Hotline.Benchmarks.Tests;

/// <summary>
/// What the preload leaves for <see cref="PreloadDatabase.Tickets"/> tickets, checked against numbers worked out by hand from
/// the fill's rules (ReportFillSql: a year ending an hour before the fill, 14 texts of which one a suggestion, states by age).
/// </summary>
[Collection(PreloadDatabaseCollection.Name)]
public sealed class PreloadFillTests(PreloadDatabase db)
{
    private const long N = PreloadDatabase.Tickets;

    [Fact]
    public async Task Every_ticket_has_one_grain_state_and_one_list_row_under_the_same_id()
    {
        Assert.Equal(N, await CountAsync("select count(*) from ticket_list"));
        // Three template states were there before the fill.
        Assert.Equal(N + 3, await CountAsync("select count(*) from orleans_storage"));
        var unmatched = 0;
        foreach (var (n0, n1, _) in await StatesAsync("select grainidn0, grainidn1, payloadbinary from orleans_storage order by random() limit 200"))
        {
            unmatched += await CountAsync("select count(*) from ticket_list where id = @id", ("id", IdOf(n0, n1))) == 1 ? 0 : 1;
        }

        // Only the three templates have no list row in this database (the host would have written theirs).
        Assert.True(unmatched <= 3, $"{unmatched} of 200 sampled grain states have no list row");
    }

    [Fact]
    public async Task A_copy_carries_its_own_id_in_both_forms_and_never_the_templates()
    {
        foreach (var (n0, n1, payload) in await StatesAsync("select grainidn0, grainidn1, payloadbinary from orleans_storage order by random() limit 200"))
        {
            Assert.Equal(PreloadDatabase.PayloadOf(IdOf(n0, n1)), payload);
        }
    }

    [Fact]
    public async Task Only_tickets_not_closed_or_invalid_have_a_reminder_and_none_comes_due_within_two_days()
    {
        // Each ticket of a life whose template has a reminder (open, resolved) gets one; closed and invalid ones none.
        var open = await CountAsync("select count(*) from ticket_list where status not in ('Closed', 'Invalid')");
        Assert.Equal(open + 2, await CountAsync("select count(*) from orleans_reminders"));
        // Only the two templates' own reminders (due in an hour) come due before two days after the fill.
        Assert.Equal(2, await CountAsync("select count(*) from orleans_reminders where starttime < @from", ("from", db.FilledAt.AddDays(2).AddMinutes(-1))));

        // Share by hand: a ticket stays open with 1 − 0.92·pd; over the year ending 1 h ago (8,759 h) the ages are
        // >14 d 8,424 h (pd 0.97), 3–14 d 264 h (0.8), 1–3 d 48 h (0.5), <1 d 23 h (0.2):
        // (8424·0.1076 + 264·0.264 + 48·0.54 + 23·0.816) / 8759 = 0.11654 → 2,331 of 20,000 (σ ≈ 45).
        Assert.InRange(open, 2_331 - 250, 2_331 + 250);
    }

    [Fact]
    public async Task A_reminder_row_is_keyed_and_hashed_as_orleans_files_its_ticket()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("select grainid, grainhash, remindername, period, version from orleans_reminders where starttime > now() + interval '1 day' limit 50", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            var grain = reader.GetString(0);
            Assert.Equal(unchecked((int)GrainId.Parse(grain).GetUniformHashCode()), reader.GetInt32(1));
            Assert.Equal(("deadline", 60000L, 2), (reader.GetString(2), reader.GetInt64(3), reader.GetInt32(4)));
            Assert.StartsWith("ticket/", grain, StringComparison.Ordinal);
            rows++;
        }

        Assert.Equal(50, rows);
    }

    [Fact]
    public async Task Same_issue_rows_are_the_complaints_and_repairs_of_the_last_31_days()
    {
        // (31 d − 1 h) / (365 d − 1 h) = 743 / 8,759 of the tickets, 13 of 14 texts not a suggestion:
        // 20,000 · 0.084827 · 13/14 = 1,575 (σ ≈ 38).
        var rows = await CountAsync("select count(*) from same_issue_reports");
        Assert.InRange(rows, 1_575 - 200, 1_575 + 200);
        Assert.Equal(0, await CountAsync("select count(*) from same_issue_reports s where not exists (select 1 from ticket_list t where t.id = s.ticket_id and t.kind <> 'Suggestion')"));
    }

    private static Guid IdOf(long n0, long n1) => new([.. BitConverter.GetBytes(n0), .. BitConverter.GetBytes(n1)]);

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        await BenchSql.CountAsync(db.ConnectionString, sql, CancellationToken.None, parameters);

    private async Task<List<(long N0, long N1, byte[] Payload)>> StatesAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, long, byte[])>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), (byte[])reader[2]));
        }

        return rows;
    }
}
