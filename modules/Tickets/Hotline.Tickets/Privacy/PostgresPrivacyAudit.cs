using Hotline.Security.Contracts.Privacy;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Tickets.Privacy;

/// <summary>The privacy audit log in PostgreSQL (table <c>privacy_audit</c>, migration 0009; append-only by trigger).</summary>
public sealed class PostgresPrivacyAudit(NpgsqlDataSource dataSource) : IPrivacyAudit
{
    private const string InsertSql = """
        insert into privacy_audit (viewed_at, person_id, acting_role, acting_scope, ticket_id, project_id, owner_reference)
        values (@viewed_at, @person_id, @acting_role, @acting_scope, @ticket_id, @project_id, @owner_reference)
        """;

    private const string FindSql = """
        select sequence, viewed_at, person_id, acting_role, acting_scope, ticket_id, project_id, owner_reference
        from privacy_audit
        where (@ticket_id::uuid is null or ticket_id = @ticket_id) and (@person_id::text is null or person_id = @person_id)
        order by sequence desc
        limit @limit
        """;

    public async Task RecordFullView(PrivacyAuditEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = dataSource.CreateCommand(InsertSql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<DateTimeOffset>("viewed_at", NpgsqlDbType.TimestampTz) { TypedValue = entry.ViewedAt.ToUniversalTime() });
        Text(p, "person_id", entry.PersonId);
        Text(p, "acting_role", entry.ActingRole);
        Text(p, "acting_scope", entry.ActingScope);
        p.Add(new NpgsqlParameter<Guid>("ticket_id", NpgsqlDbType.Uuid) { TypedValue = entry.TicketId });
        Text(p, "project_id", entry.ProjectId);
        Text(p, "owner_reference", entry.OwnerReference);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<PrivacyAuditEntry>> Find(PrivacyAuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query.Limit));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, PrivacyAuditQuery.MaxLimit, nameof(query.Limit));
        await using var command = dataSource.CreateCommand(FindSql);
        command.Parameters.Add(new NpgsqlParameter("ticket_id", NpgsqlDbType.Uuid) { Value = query.TicketId is { } id ? id : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("person_id", NpgsqlDbType.Text) { Value = (object?)query.PersonId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = query.Limit });

        var entries = new List<PrivacyAuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new PrivacyAuditEntry(
                reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetGuid(5), reader.GetString(6), reader.GetString(7)) { Sequence = reader.GetInt64(0) });
        }

        return entries;
    }

    private static void Text(NpgsqlParameterCollection p, string name, string value) =>
        p.Add(new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = value });
}
