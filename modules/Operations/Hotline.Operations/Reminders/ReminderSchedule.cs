using Hotline.Operations.Contracts;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;

namespace Hotline.Operations.Reminders;

/// <summary>
/// The reminders coming due, read from Orleans' reminder table (Storage's <c>orleans_reminders</c>) by SQL. A reminder is
/// periodic: its next tick is its start while that is ahead, else start + k × period with the smallest k not before now
/// (Orleans' own rule: a tick exactly at now is due now). The next tick depends on now, so no index can order by it: one
/// pass over this service's rows computes every next tick, counts and keeps the earliest N (a top-N sort). At 1,000,000
/// reminders that pass is a sequential scan of the table, measured in README's operators' section.
/// </summary>
internal sealed class ReminderSchedule(NpgsqlDataSource dataSource, IOptions<ClusterOptions> cluster)
{
    // extract(epoch ...) is numeric (exact microseconds); k × period milliseconds stays an exact float8 for any real schedule.
    private const string Sql = """
        with ticks as (
            select grainid, remindername, period,
                   case when starttime >= @now then starttime
                        else starttime + (ceil(extract(epoch from (@now - starttime)) * 1000 / period) * period)::float8 * interval '1 millisecond'
                   end as next_tick
            from orleans_reminders
            where serviceid = @service and period > 0)
        select grainid, remindername, period, next_tick,
               count(*) over () as total,
               count(*) filter (where next_tick <= @until) over () as due
        from ticks
        order by next_tick, grainid, remindername
        limit @next
        """;

    public async Task<RemindersDue> Read(DateTimeOffset now, ClusterStatusQuery query, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now.ToUniversalTime() });
        p.Add(new NpgsqlParameter<DateTimeOffset>("until", NpgsqlDbType.TimestampTz) { TypedValue = now.AddMinutes(query.DueWithinMinutes).ToUniversalTime() });
        p.Add(new NpgsqlParameter<string>("service", NpgsqlDbType.Text) { TypedValue = cluster.Value.ServiceId });
        p.Add(new NpgsqlParameter<int>("next", NpgsqlDbType.Integer) { TypedValue = query.NextReminders });
        var next = new List<ReminderTick>();
        long total = 0, due = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            next.Add(new ReminderTick(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(3), TimeSpan.FromMilliseconds(reader.GetInt64(2))));
            (total, due) = (reader.GetInt64(4), reader.GetInt64(5));
        }

        return new RemindersDue(query.DueWithinMinutes, due, total, next);
    }
}
