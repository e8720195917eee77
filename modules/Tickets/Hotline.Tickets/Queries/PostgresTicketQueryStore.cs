using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Tickets.Queries;

/// <summary>The ticket list in PostgreSQL (table <c>ticket_list</c>, migration 0005).</summary>
public sealed class PostgresTicketQueryStore(NpgsqlDataSource dataSource) : ITicketQueryStore
{
    public Task Upsert(TicketListRow row, CancellationToken ct = default) => Write(TicketListSql.Upsert, row, ct);

    public Task Refresh(TicketListRow row, CancellationToken ct = default) => Write(TicketListSql.Refresh, row, ct);

    public async Task<TicketPage> Search(TicketSearch search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Page, 1, nameof(search.Page));
        ArgumentOutOfRangeException.ThrowIfLessThan(search.PageSize, 1, nameof(search.PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.PageSize, TicketSearch.MaxPageSize, nameof(search.PageSize));

        await using var command = dataSource.CreateCommand();
        var where = TicketSearchFilter.Apply(search, command.Parameters);
        command.CommandText = string.Format(CultureInfo.InvariantCulture, TicketListSql.SearchFormat, where);
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = search.PageSize });
        command.Parameters.Add(new NpgsqlParameter<long>("offset", NpgsqlDbType.Bigint) { TypedValue = (search.Page - 1L) * search.PageSize });

        var items = new List<TicketListRow>();
        var total = 0L;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            total = reader.GetInt64(0);
            if (!reader.IsDBNull(1))
            {
                items.Add(Read(reader, 1));
            }
        }

        return new TicketPage(items, checked((int)total), search.Page, search.PageSize);
    }

    private async Task Write(string sql, TicketListRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var command = dataSource.CreateCommand(sql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = row.Id });
        p.Add(new NpgsqlParameter<int>("version", NpgsqlDbType.Integer) { TypedValue = row.Version });
        Text(p, "kind", row.Kind);
        Text(p, "project_id", row.ProjectId);
        Text(p, "branch_id", row.BranchId);
        Text(p, "category", row.Category);
        Text(p, "severity", row.Severity);
        Text(p, "status", row.Status);
        Text(p, "issue_key", row.IssueKey);
        Text(p, "channel", row.Channel);
        Text(p, "text", row.Text);
        Time(p, "registered_at", row.RegisteredAt);
        p.Add(new NpgsqlParameter<bool>("breached", NpgsqlDbType.Boolean) { TypedValue = row.Breached });
        p.Add(new NpgsqlParameter("next_due_at", NpgsqlDbType.TimestampTz) { Value = row.NextDueAt is { } due ? due.ToUniversalTime() : DBNull.Value });
        Time(p, "updated_at", row.UpdatedAt);
        OptionalText(p, "owner_name_masked", row.OwnerContactMasked?.Name);
        OptionalText(p, "owner_phone_masked", row.OwnerContactMasked?.Phone);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Text(NpgsqlParameterCollection p, string name, string value) =>
        p.Add(new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = value });

    private static void OptionalText(NpgsqlParameterCollection p, string name, string? value) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    private static void Time(NpgsqlParameterCollection p, string name, DateTimeOffset value) =>
        p.Add(new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() });

    private static TicketListRow Read(NpgsqlDataReader r, int o) => new(
        r.GetGuid(o), r.GetInt32(o + 1), r.GetString(o + 2), r.GetString(o + 3), r.GetString(o + 4),
        r.GetString(o + 5), r.GetString(o + 6), r.GetString(o + 7), r.GetString(o + 8), r.GetString(o + 9),
        r.GetString(o + 10), r.GetFieldValue<DateTimeOffset>(o + 11), r.GetBoolean(o + 12),
        r.IsDBNull(o + 13) ? null : r.GetFieldValue<DateTimeOffset>(o + 13), r.GetFieldValue<DateTimeOffset>(o + 14))
    {
        OwnerContactMasked = r.IsDBNull(o + 15) && r.IsDBNull(o + 16) ? null
            : new(r.IsDBNull(o + 15) ? null : r.GetString(o + 15), r.IsDBNull(o + 16) ? null : r.GetString(o + 16)),
    };
}
