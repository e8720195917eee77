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
        // The three templates' own list rows were there before the fill.
        Assert.Equal(N + 3, await CountAsync("select count(*) from ticket_list"));
        // Three template states were there before the fill.
        Assert.Equal(N + 3, await CountAsync("select count(*) from orleans_storage"));
        var unmatched = 0;
        foreach (var (n0, n1, _) in await StatesAsync("select grainidn0, grainidn1, payloadbinary from orleans_storage order by random() limit 200"))
        {
            unmatched += await CountAsync("select count(*) from ticket_list where id = @id", ("id", IdOf(n0, n1))) == 1 ? 0 : 1;
        }

        Assert.Equal(0, unmatched);
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
        var open = await CountAsync("select count(*) from ticket_list where id <> all(@templates) and status not in ('Closed', 'Invalid')", ("templates", TemplateIds));
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

    [Fact]
    public async Task Each_copy_has_its_templates_inbox_items_read_unless_open_or_invalid_and_its_owner_messages_delivered()
    {
        var copies = await CountAsync("select count(*) from ticket_list where id <> all(@templates)", ("templates", TemplateIds));
        Assert.Equal(2 * copies, await CountAsync("select count(*) from inbox_items where ticket_id <> all(@templates)", ("templates", TemplateIds)));
        // Unread: the copies of open tickets (stage 1–4) and the Invalid ones (neither resolved nor closed), two items each.
        var unreadTickets = await CountAsync("select count(*) from ticket_list where id <> all(@templates) and status not in ('Resolved', 'Closed')", ("templates", TemplateIds));
        var unread = await CountAsync("select count(*) from inbox_items where ticket_id <> all(@templates) and read_at is null", ("templates", TemplateIds));
        Assert.Equal(2 * unreadTickets, unread);
        // Each person's counter: the templates' 3 unread items, plus one per unread copy.
        Assert.Equal(3 + unreadTickets, await CountAsync("select unread::bigint from inbox_unread where person_id = 'bench-liaison'"));
        Assert.Equal(3 + unreadTickets, await CountAsync("select unread::bigint from inbox_unread where person_id = 'bench-manager'"));

        // Open copies send 1 message (acknowledgement), the others 2; every copy is delivered and recorded, with no phone kept.
        var open = await CountAsync("select count(*) from ticket_list where id <> all(@templates) and status in ('Dispatched', 'Started', 'Contacted', 'InProgress')", ("templates", TemplateIds));
        Assert.Equal(open + 2 * (copies - open), await CountAsync("select count(*) from owner_outbox where ticket_id <> all(@templates)", ("templates", TemplateIds)));
        Assert.Equal(0, await CountAsync("""
            select count(*) from owner_outbox where ticket_id <> all(@templates)
              and (status <> 'delivered' or ticket_recorded_at is null or phone is not null or next_attempt_at is not null)
            """, ("templates", TemplateIds)));
    }

    private static Guid[] TemplateIds => [.. PreloadDatabase.Templates.Select(t => t.Id)];

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
