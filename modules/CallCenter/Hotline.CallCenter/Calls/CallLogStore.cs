using Hotline.CallCenter.Contracts;
using Hotline.Kernel;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.CallCenter.Calls;

/// <summary><see cref="ICallLog"/> in <c>call_center_calls</c>; each write also deletes a small batch of rows past the retention.</summary>
public sealed class CallLogStore(NpgsqlDataSource dataSource, IOptions<CallCenterOptions> options) : ICallLog
{
    private const int PruneBatch = 100;

    // One round trip: prune a bounded batch, insert once by call id, answer the stored row and whether it was new.
    private const string RecordSql = """
        with pruned as (
            delete from call_center_calls where call_id in (
                select call_id from call_center_calls where received_at < @before and call_id <> @call_id
                order by received_at limit @batch)),
        inserted as (
            insert into call_center_calls (call_id, caller_actor, agent_id, reported_by, received_at)
            values (@call_id, @caller_actor, @agent_id, @reported_by, @at)
            on conflict (call_id) do nothing
            returning caller_actor, agent_id, received_at)
        select caller_actor, agent_id, received_at, true from inserted
        union all
        select caller_actor, agent_id, received_at, false from call_center_calls
        where call_id = @call_id and not exists (select 1 from inserted)
        """;

    public async Task<LoggedCall?> Record(IncomingCall call, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var caller = OwnerActors.ForPhone(call.CallerNumber);
        await using var command = dataSource.CreateCommand(RecordSql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string>("call_id", NpgsqlDbType.Text) { TypedValue = call.CallId });
        p.Add(new NpgsqlParameter<string>("caller_actor", NpgsqlDbType.Text) { TypedValue = caller.PersonId });
        p.Add(new NpgsqlParameter("agent_id", NpgsqlDbType.Text) { Value = (object?)call.AgentId ?? DBNull.Value });
        p.Add(new NpgsqlParameter<string>("reported_by", NpgsqlDbType.Text) { TypedValue = call.ReportedBy });
        p.Add(new NpgsqlParameter<DateTimeOffset>("at", NpgsqlDbType.TimestampTz) { TypedValue = call.At.ToUniversalTime() });
        p.Add(new NpgsqlParameter<DateTimeOffset>("before", NpgsqlDbType.TimestampTz) { TypedValue = (call.At - options.Value.CallLogRetention).ToUniversalTime() });
        p.Add(new NpgsqlParameter<int>("batch", NpgsqlDbType.Integer) { TypedValue = PruneBatch });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException($"Call {call.CallId} was neither logged nor found.");
        }

        if (reader.GetString(0) != caller.PersonId)
        {
            return null; // the same call id for another caller
        }

        return new LoggedCall(call.CallId, caller, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), !reader.GetBoolean(3));
    }
}
