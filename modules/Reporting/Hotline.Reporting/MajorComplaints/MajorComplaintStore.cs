using Npgsql;
using NpgsqlTypes;

namespace Hotline.Reporting.MajorComplaints;

/// <summary>Major complaints in PostgreSQL (table <c>major_complaints</c>, migration 0032): one per ticket, the first mark kept.</summary>
public sealed class MajorComplaintStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>At most this many in one list: a week has a handful; a longer period is asked for in parts.</summary>
    public const int MaxListed = 1000;

    public async Task<(MarkOutcome Outcome, MajorComplaint? Complaint)> Mark(Guid ticketId, string reason, string markedBy, CancellationToken ct = default)
    {
        string kind;
        long number;
        string projectId, branchId;
        await using (var read = dataSource.CreateCommand(MajorComplaintSql.Ticket))
        {
            read.Parameters.Add(new NpgsqlParameter<Guid>("ticket_id", NpgsqlDbType.Uuid) { TypedValue = ticketId });
            await using var reader = await read.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return (MarkOutcome.NoSuchTicket, null);
            }

            (kind, number, projectId, branchId) = (reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3));
        }

        if (kind != "Complaint")
        {
            return (MarkOutcome.NotAComplaint, null);
        }

        await using var insert = dataSource.CreateCommand(MajorComplaintSql.Insert);
        var p = insert.Parameters;
        p.Add(new NpgsqlParameter<Guid>("ticket_id", NpgsqlDbType.Uuid) { TypedValue = ticketId });
        p.Add(new NpgsqlParameter<long>("number", NpgsqlDbType.Bigint) { TypedValue = number });
        p.Add(new NpgsqlParameter<string>("project_id", NpgsqlDbType.Text) { TypedValue = projectId });
        p.Add(new NpgsqlParameter<string>("branch_id", NpgsqlDbType.Text) { TypedValue = branchId });
        p.Add(new NpgsqlParameter<string>("reason", NpgsqlDbType.Text) { TypedValue = reason });
        p.Add(new NpgsqlParameter<string>("marked_by", NpgsqlDbType.Text) { TypedValue = markedBy });
        p.Add(new NpgsqlParameter<DateTimeOffset>("marked_at", NpgsqlDbType.TimestampTz) { TypedValue = time.GetUtcNow().ToUniversalTime() });
        var inserted = await ReadAll(insert, ct);
        if (inserted.Count == 1)
        {
            return (MarkOutcome.Marked, inserted[0]);
        }

        await using var one = dataSource.CreateCommand(MajorComplaintSql.One);
        one.Parameters.Add(new NpgsqlParameter<Guid>("ticket_id", NpgsqlDbType.Uuid) { TypedValue = ticketId });
        return (MarkOutcome.AlreadyMarked, (await ReadAll(one, ct)).Single());
    }

    /// <summary>Those marked within [from, to), oldest first (at most <see cref="MaxListed"/>).</summary>
    public async Task<IReadOnlyList<MajorComplaint>> Between(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(MajorComplaintSql.Between);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("from", NpgsqlDbType.TimestampTz) { TypedValue = from.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("to", NpgsqlDbType.TimestampTz) { TypedValue = to.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = MaxListed });
        return await ReadAll(command, ct);
    }

    private static async Task<List<MajorComplaint>> ReadAll(NpgsqlCommand command, CancellationToken ct)
    {
        var rows = new List<MajorComplaint>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new MajorComplaint(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return rows;
    }
}
