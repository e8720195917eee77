using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Tests.Scenarios;
using Npgsql;
using Orleans.Runtime;

namespace Hotline.Tickets.Tests.Reminders;

/// <summary>
/// Issue 14: a reminder tick is answered at once, even while its ticket waits on the database in the middle of a
/// command, and is acted on after. When 100,000 deadlines fell due together, ticks that waited for their tickets'
/// writes waited past Orleans' 30 s response timeout and were delivered again and again.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class ReminderTickInterleaveTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task I14_ATickWhileACommandOfItsTicketWaitsOnTheDatabase_IsAnsweredAtOnceAndActedOnAfter()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "3號樓樓道燈不亮");
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var holdRow = await connection.BeginTransactionAsync();
        await LockStateRow(connection, ticket.Id);

        // The command's state write waits on the row lock; the grain is inside that command's turn.
        var command = ticket.Do("start");
        await WaitForALockWait(connection);
        var processedBefore = fixture.Host.Ticks.Count(ticket.Id);
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        var grainId = fixture.Grains.GetGrain<ITicketGrain>(ticket.Id).GetGrainId();

        await fixture.Grains.GetGrain<IRemindable>(grainId).ReceiveReminder("deadline", new TickStatus(now, TimeSpan.FromSeconds(20), now))
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.False(command.IsCompleted, "the command should still be waiting on the locked row");
        await holdRow.RollbackAsync();
        var started = await command.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(TicketStatus.Started, started.Status);
        await fixture.Host.Ticks.ProcessedAfter(ticket.Id, processedBefore);
    }

    /// <summary>The ticket's row in Orleans' grain storage: state "ticket", its Guid key as the two halves of its 16 bytes.</summary>
    private static async Task LockStateRow(NpgsqlConnection connection, Guid ticketId)
    {
        var bytes = ticketId.ToByteArray();
        await using var select = new NpgsqlCommand(
            "select count(*) from (select 1 from orleans_storage where statename = 'ticket' and grainidn0 = @n0 and grainidn1 = @n1 for update) locked",
            connection);
        select.Parameters.AddWithValue("n0", BitConverter.ToInt64(bytes, 0));
        select.Parameters.AddWithValue("n1", BitConverter.ToInt64(bytes, 8));
        Assert.Equal(1L, (long)(await select.ExecuteScalarAsync())!);
    }

    private static async Task WaitForALockWait(NpgsqlConnection connection)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        await using var probe = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()",
            connection);
        while ((long)(await probe.ExecuteScalarAsync())! == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the command's state write never waited on the locked row");
            await Task.Delay(20);
        }
    }
}
