using Hotline.TestKit;
using Npgsql;
using Orleans.Runtime;

namespace Hotline.Benchmarks.Tests;

/// <summary>
/// The assembly's one database on the test PostgreSQL, every migration applied, holding three template tickets' grain
/// rows as the host files them (payload with the id as 16 bytes and as text, key halves, a "deadline" reminder for the
/// open and resolved ones), a list row, two unread inbox items and pending owner messages each, then filled once by the
/// preload with <see cref="Tickets"/> tickets.
/// </summary>
public sealed class PreloadDatabase : IAsyncLifetime
{
    public const int Tickets = 20_000;
    public const string Service = "hotline-test";

    public static readonly (int Life, Guid Id)[] Templates =
    [
        (PreloadTemplates.Open, Guid.Parse("0b6f1c2a-1111-4a5b-8c9d-000000000001")),
        (PreloadTemplates.Resolved, Guid.Parse("0b6f1c2a-2222-4a5b-8c9d-000000000002")),
        (PreloadTemplates.Closed, Guid.Parse("0b6f1c2a-3333-4a5b-8c9d-000000000003")),
    ];

    public string ConnectionString { get; private set; } = "";

    public DateTimeOffset FilledAt { get; private set; }

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("preload");
        await HotlineSchema.Migrator().MigrateAsync(ConnectionString);
        foreach (var (life, id) in Templates)
        {
            await InsertTemplateAsync(life, id);
        }

        // Each person's counter holds the templates' three unread items.
        await BenchSql.ExecuteAsync(ConnectionString, "insert into inbox_unread (person_id, unread) values ('bench-liaison', 3), ('bench-manager', 3)", CancellationToken.None);

        var clones = await PreloadClones.ReadAsync(ConnectionString, Templates, CancellationToken.None);
        FilledAt = DateTimeOffset.UtcNow;
        await new ReportFill(ConnectionString, new Report(), "preload_test", clones).RunAsync(
            [new GeneratedProject("p0001", 400), new GeneratedProject("p0002", 300)], Tickets, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A payload with the id in both forms the copies must change: "state[" 16 bytes "|" text "]".</summary>
    public static byte[] PayloadOf(Guid id) =>
        [.. "state["u8, .. id.ToByteArray(), .. "|"u8, .. System.Text.Encoding.UTF8.GetBytes(id.ToString()), .. "]"u8];

    /// <summary>Owner messages a template's life sent: the acknowledgement, and a resolution notice once resolved.</summary>
    public static int MessagesOf(int life) => life == PreloadTemplates.Open ? 1 : 2;

    private async Task InsertTemplateAsync(int life, Guid id)
    {
        var bytes = id.ToByteArray();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // Its list row (the copies' times are shifted from its registration), two inbox items and its owner messages, pending.
        await using (var rows = new NpgsqlCommand("""
            insert into ticket_list (id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text, registered_at, breached, updated_at)
            values (@id, 1, 'Complaint', 'p0001', 'b01', 'engineering', 'General', 'Dispatched', 'engineering/elevator/building-1', 'call-center', '1号楼电梯坏了', now() - interval '1 hour', false, now());
            insert into inbox_items (person_id, item_id, at, kind, ticket_id, title)
            select person, @id::text || '/new', now() - interval '50 minutes', 1, @id, '新工单' from unnest(array['bench-liaison', 'bench-manager']) person;
            insert into owner_outbox (message_id, ticket_id, ticket_number, event_key, channel, kind, phone, text, status, next_attempt_at, created_at, updated_at)
            select @id::text || '/' || e, @id, '000001', e, 'call-center', 'notification', '13900000000', '您的工单已受理', 'pending', now(), now() - interval '55 minutes', now()
            from unnest((array['received', 'resolved'])[1:@messages]) e;
            """, connection))
        {
            rows.Parameters.AddWithValue("id", id);
            rows.Parameters.AddWithValue("messages", MessagesOf(life));
            await rows.ExecuteNonQueryAsync();
        }

        await using var state = new NpgsqlCommand("""
            insert into orleans_storage (serviceid, statename, grainidn0, grainidn1, payloadbinary, version)
            values (@service, 'ticket', @n0, @n1, @payload, 4)
            """, connection);
        state.Parameters.AddWithValue("service", Service);
        state.Parameters.AddWithValue("n0", BitConverter.ToInt64(bytes, 0));
        state.Parameters.AddWithValue("n1", BitConverter.ToInt64(bytes, 8));
        state.Parameters.AddWithValue("payload", PayloadOf(id));
        await state.ExecuteNonQueryAsync();
        if (life == PreloadTemplates.Closed)
        {
            return;
        }

        var grain = $"ticket/{id:N}";
        await using var reminder = new NpgsqlCommand("""
            insert into orleans_reminders (serviceid, grainid, remindername, starttime, period, grainhash, version)
            values (@service, @grain, 'deadline', now() + interval '1 hour', 60000, @hash, 2)
            """, connection);
        reminder.Parameters.AddWithValue("service", Service);
        reminder.Parameters.AddWithValue("grain", grain);
        reminder.Parameters.AddWithValue("hash", unchecked((int)GrainId.Parse(grain).GetUniformHashCode()));
        await reminder.ExecuteNonQueryAsync();
    }
}
