using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Escalation.Lists;

/// <summary>The warning list in PostgreSQL (table <c>warning_list</c>).</summary>
public sealed class PostgresWarningListStore(NpgsqlDataSource dataSource) : IWarningListStore
{
    public async Task Upsert(WarningListRow row, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var command = dataSource.CreateCommand(WarningListSql.Upsert);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid>("warning_id", NpgsqlDbType.Uuid) { TypedValue = row.Id });
        p.Add(new NpgsqlParameter<int>("version", NpgsqlDbType.Integer) { TypedValue = row.Version });
        Value(p, "level", NpgsqlDbType.Text, row.Level);
        Value(p, "status", NpgsqlDbType.Text, row.Status);
        Value(p, "trigger", NpgsqlDbType.Text, row.Trigger);
        Value(p, "project_id", NpgsqlDbType.Text, row.ProjectId);
        Value(p, "branch_id", NpgsqlDbType.Text, row.BranchId);
        Value(p, "ticket_id", NpgsqlDbType.Uuid, row.TicketId);
        Value(p, "issue_key", NpgsqlDbType.Text, row.IssueKey);
        Value(p, "rule", NpgsqlDbType.Text, row.Rule);
        Value(p, "raised_at", NpgsqlDbType.TimestampTz, row.RaisedAt.ToUniversalTime());
        Value(p, "verification_due_at", NpgsqlDbType.TimestampTz, row.VerificationDueAt?.ToUniversalTime());
        Value(p, "verification_overdue", NpgsqlDbType.Boolean, row.VerificationOverdue);
        Value(p, "answer_due_at", NpgsqlDbType.TimestampTz, row.AnswerDueAt?.ToUniversalTime());
        Value(p, "answer_overdue", NpgsqlDbType.Boolean, row.AnswerOverdue);
        Value(p, "subject_ended", NpgsqlDbType.Text, row.SubjectEnded);
        Value(p, "updated_at", NpgsqlDbType.TimestampTz, row.UpdatedAt.ToUniversalTime());
        Value(p, "verified_at", NpgsqlDbType.TimestampTz, row.VerifiedAt?.ToUniversalTime());
        Value(p, "answered_at", NpgsqlDbType.TimestampTz, row.AnsweredAt?.ToUniversalTime());
        Value(p, "answer", NpgsqlDbType.Text, row.Answer);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<WarningPage> Search(WarningSearch search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Limit, 1, nameof(search.Limit));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Limit, WarningSearch.MaxLimit, nameof(search.Limit));
        await using var command = dataSource.CreateCommand();
        var where = WarningListFilter.Apply(search, command.Parameters);
        command.CommandText = string.Format(CultureInfo.InvariantCulture, WarningListSql.SearchFormat, where);
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = search.Limit + 1 });
        var rows = new List<WarningListRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(Read(reader));
        }

        var more = rows.Count > search.Limit;
        var page = more ? rows[..search.Limit] : rows;
        return new WarningPage(page, more ? WarningCursor.Of(page[^1]) : null);
    }

    private static void Value(NpgsqlParameterCollection p, string name, NpgsqlDbType type, object? value) =>
        p.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });

    private static WarningListRow Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetGuid(7),
        r.IsDBNull(8) ? null : r.GetString(8), r.GetString(9), r.GetFieldValue<DateTimeOffset>(10),
        r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11), r.GetBoolean(12),
        r.IsDBNull(13) ? null : r.GetFieldValue<DateTimeOffset>(13), r.GetBoolean(14),
        r.IsDBNull(15) ? null : r.GetString(15), r.GetFieldValue<DateTimeOffset>(16))
    {
        VerifiedAt = r.IsDBNull(17) ? null : r.GetFieldValue<DateTimeOffset>(17),
        AnsweredAt = r.IsDBNull(18) ? null : r.GetFieldValue<DateTimeOffset>(18),
        Answer = r.IsDBNull(19) ? null : r.GetString(19),
    };
}
