using Npgsql;

namespace Hotline.Benchmarks.Tests;

/// <summary>
/// The wave's SMS: the owners' acknowledgements (owner_outbox) and the staff's notifications (notification_deliveries) read
/// as the host writes them, and turned into samples with the gateway's receipts (expected values worked out by hand).
/// </summary>
[Collection(PreloadDatabaseCollection.Name)]
public sealed class WaveSmsTests(PreloadDatabase db)
{
    private static readonly DateTimeOffset T = new(2026, 12, 8, 0, 10, 0, TimeSpan.Zero);
    private static readonly Guid Delivered = Guid.Parse("7a000000-0000-4000-8000-000000000001");
    private static readonly Guid Pending = Guid.Parse("7a000000-0000-4000-8000-000000000002");
    private static readonly Guid Other = Guid.Parse("7a000000-0000-4000-8000-000000000003");

    [Fact]
    public void Each_ticket_gives_its_acknowledgements_delivery_with_the_gateways_receipts_and_one_without_is_missed()
    {
        OwnerMessageRow[] rows =
        [
            new(Delivered, "m1", T, T.AddMilliseconds(40), T.AddMilliseconds(55)),
            new(Pending, "m2", T.AddSeconds(1), T.AddMilliseconds(1_100), null),
        ];
        var receipts = new Dictionary<string, int> { ["m1"] = 1, ["m2"] = 2 };

        var stats = WaveStatistics.Of(WaveOwnerMessages.Samples([Delivered, Pending, Other], rows, receipts));

        // Delivered after 40 and 100 ms (sorted 40, 100: p50 the 1st, p99 the 2nd); m2 received twice; Other has none.
        Assert.Equal((3, 40, 100, 100, 1, 1), (stats.Deadlines, stats.P50Ms, stats.P99Ms, stats.MaxMs, stats.Missed, stats.Doubled));
    }

    [Fact]
    public async Task The_acknowledgements_of_the_given_tickets_are_read_with_their_delivery_and_the_tickets_record()
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        try
        {
            // Delivered and recorded; pending; a later notice of the first (another event); a ticket not asked for.
            await using (var insert = new NpgsqlCommand("""
                insert into owner_outbox (message_id, ticket_id, ticket_number, event_key, channel, kind, text, status, created_at, updated_at, delivered_at, ticket_recorded_at)
                values ('w1', @delivered, '000001', 'received', 'gm-sms', 'acknowledgement', 't', 'delivered', @t, @t, @t + interval '40 ms', @t + interval '55 ms'),
                       ('w2', @pending, '000002', 'received', 'gm-sms', 'acknowledgement', 't', 'pending', @t, @t, null, null),
                       ('w3', @delivered, '000001', 'resolved-1', 'gm-sms', 'notification', 't', 'delivered', @t, @t, @t, @t),
                       ('w4', @other, '000003', 'received', 'gm-sms', 'acknowledgement', 't', 'delivered', @t, @t, @t, @t)
                """, connection))
            {
                insert.Parameters.AddWithValue("delivered", Delivered);
                insert.Parameters.AddWithValue("pending", Pending);
                insert.Parameters.AddWithValue("other", Other);
                insert.Parameters.AddWithValue("t", T);
                await insert.ExecuteNonQueryAsync();
            }

            var rows = await WaveOwnerMessages.ReadAsync(db.ConnectionString, [Delivered, Pending], CancellationToken.None);

            Assert.Equal(
                [new OwnerMessageRow(Delivered, "w1", T, T.AddMilliseconds(40), T.AddMilliseconds(55)), new OwnerMessageRow(Pending, "w2", T, null, null)],
                rows.OrderBy(r => r.MessageId));
        }
        finally
        {
            // The fill's tests count every owner message outside the templates.
            await using var delete = new NpgsqlCommand("delete from owner_outbox where ticket_id = any(@ids)", connection);
            delete.Parameters.AddWithValue("ids", new[] { Delivered, Pending, Other });
            await delete.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task The_staff_sms_of_the_run_are_read_with_their_delivery_and_the_gateways_receipts_by_the_dispatchers_message_id()
    {
        var (sent, waiting, inbox) = (Guid.Parse("7b000000-0000-4000-8000-000000000001"), Guid.Parse("7b000000-0000-4000-8000-000000000002"), Guid.Parse("7b000000-0000-4000-8000-000000000003"));
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        try
        {
            // Delivered (received twice by the gateway); pending; another channel's, not read.
            await using (var insert = new NpgsqlCommand("""
                insert into notification_deliveries (delivery_id, event_id, person_id, channel, text, status, created_at, updated_at, delivered_at)
                values (@sent, 'e1', 'bench-liaison', 'sms', 't', 'delivered', @t, @t, @t + interval '30 ms'),
                       (@waiting, 'e2', 'bench-liaison', 'sms', 't', 'pending', @t, @t, null),
                       (@inbox, 'e3', 'bench-liaison', 'chat', 't', 'delivered', @t, @t, @t)
                """, connection))
            {
                insert.Parameters.AddWithValue("sent", sent);
                insert.Parameters.AddWithValue("waiting", waiting);
                insert.Parameters.AddWithValue("inbox", inbox);
                insert.Parameters.AddWithValue("t", T);
                await insert.ExecuteNonQueryAsync();
            }

            var receipts = new Dictionary<string, int> { ["7b000000000040008000000000000001"] = 2, ["7b000000000040008000000000000003"] = 1 };
            var samples = await WaveStaffSms.ReadAsync(db.ConnectionString, receipts, CancellationToken.None);

            Assert.Equal([new WaveSample(T, null, 0), new WaveSample(T, T.AddMilliseconds(30), 2)], samples.OrderBy(s => s.Records));
        }
        finally
        {
            await using var delete = new NpgsqlCommand("delete from notification_deliveries where delivery_id = any(@ids)", connection);
            delete.Parameters.AddWithValue("ids", new[] { sent, waiting, inbox });
            await delete.ExecuteNonQueryAsync();
        }
    }
}
