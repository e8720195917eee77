using System.Globalization;
using Hotline.BuildingBlocks.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Storage.OrleansTables;

/// <summary>
/// Orleans' reminder upsert (<c>UpsertReminderRowKey</c>, the catalog's own text) run through a
/// <see cref="StatementBatcher"/>: when thousands of tickets move their reminders in the same second they share round
/// trips. Binds what Orleans' ADO.NET table binds: the ring hash as a signed integer, the grain id as text, a UTC start
/// and the period in milliseconds.
/// </summary>
public sealed class BatchedReminderUpserts(StatementBatcher batcher, OrleansQueryTexts texts, string serviceId)
{
    public const string QueryKey = "UpsertReminderRowKey";

    public async Task<string?> Upsert(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sql = await texts.Get(QueryKey);
        var version = await batcher.Run(sql, p => Bind(p, entry), VersionColumn.Read);
        return version?.ToString(CultureInfo.InvariantCulture);
    }

    private void Bind(NpgsqlParameterCollection p, ReminderEntry entry)
    {
        p.Add(new NpgsqlParameter<string>("ServiceId", NpgsqlDbType.Text) { TypedValue = serviceId });
        p.Add(new NpgsqlParameter<int>("GrainHash", NpgsqlDbType.Integer) { TypedValue = unchecked((int)entry.GrainId.GetUniformHashCode()) });
        p.Add(new NpgsqlParameter<string>("GrainId", NpgsqlDbType.Text) { TypedValue = entry.GrainId.ToString() });
        p.Add(new NpgsqlParameter<string>("ReminderName", NpgsqlDbType.Text) { TypedValue = entry.ReminderName });
        p.Add(new NpgsqlParameter<DateTime>("StartTime", NpgsqlDbType.TimestampTz) { TypedValue = Utc(entry.StartAt) });
        p.Add(new NpgsqlParameter<long>("Period", NpgsqlDbType.Bigint) { TypedValue = (long)entry.Period.TotalMilliseconds });
    }

    private static DateTime Utc(DateTime time) =>
        time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
