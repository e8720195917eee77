using Npgsql;
using NpgsqlTypes;

namespace Hotline.Reporting.Frozen;

/// <summary>
/// The one way a frozen report (monthly bulletin, weekly analysis) gets a new version: rows are only appended, numbered
/// 1, 2, ... per period (the month, the week) under a transaction-scoped advisory lock keyed by table and period, so two
/// appends at once get n and n+1 instead of a key conflict. A version is replaced when a later one of its period exists;
/// <see cref="ReplacedBy"/> is the one SQL expression saying by which (null: current), usable on any selection of rows.
/// </summary>
internal sealed class FrozenVersions(string table, string periodColumn)
{
    public static readonly FrozenVersions Bulletins = new("monthly_bulletins", "month");
    public static readonly FrozenVersions Analyses = new("weekly_analyses", "week");

    /// <summary>The next version after <paramref name="alias"/>'s row in its period, or null when that row is the current one.</summary>
    public string ReplacedBy(string alias) =>
        $"(select min(l.version) from {table} l where l.{periodColumn} = {alias}.{periodColumn} and l.version > {alias}.version)";

    /// <summary>Inserts the period's next version with <paramref name="values"/> (column name = parameter name); returns its number.</summary>
    public async Task<int> Append(NpgsqlDataSource dataSource, string period, IReadOnlyList<NpgsqlParameter> values, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var locking = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext(@table), hashtext(@period))", connection, transaction))
        {
            locking.Parameters.Add(new NpgsqlParameter<string>("table", NpgsqlDbType.Text) { TypedValue = table });
            locking.Parameters.Add(new NpgsqlParameter<string>("period", NpgsqlDbType.Text) { TypedValue = period });
            await locking.ExecuteNonQueryAsync(ct);
        }

        var columns = string.Join(", ", values.Select(v => v.ParameterName));
        var parameters = string.Join(", ", values.Select(v => "@" + v.ParameterName));
        int version;
        await using (var insert = new NpgsqlCommand($"""
            insert into {table} ({periodColumn}, version, {columns})
            select @period, coalesce(max(version), 0) + 1, {parameters} from {table} where {periodColumn} = @period
            returning version
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<string>("period", NpgsqlDbType.Text) { TypedValue = period });
            insert.Parameters.AddRange(values.ToArray());
            version = (int)(await insert.ExecuteScalarAsync(ct))!;
        }

        await transaction.CommitAsync(ct);
        return version;
    }
}
