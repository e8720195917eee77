using Npgsql;
using NpgsqlTypes;

namespace Hotline.Reporting.Analyses;

/// <summary>Runs <see cref="AnalysisSql"/> for one week: the parts of the analysis the shared figures do not hold.</summary>
public sealed class AnalysisQueries(NpgsqlDataSource dataSource)
{
    public const int TopIssueKeyCount = 10;

    /// <summary>A week's red warnings are few; the list is bounded all the same.</summary>
    public const int MaxRedWarnings = 1000;

    /// <summary>The top issue keys counted over the same-issue window (<paramref name="since"/>, <paramref name="until"/>].</summary>
    public Task<List<IssueKeyRow>> TopIssueKeys(DateTimeOffset since, DateTimeOffset until, CancellationToken ct) =>
        Read(AnalysisSql.TopIssueKeys, [("since", since), ("until", until)], TopIssueKeyCount,
            r => new IssueKeyRow(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)), ct);

    public Task<List<PenaltyRow>> Penalties(Contracts.ReportPeriod period, CancellationToken ct) =>
        Read(AnalysisSql.Penalties, Week(period), null, r => new PenaltyRow(
            r.IsDBNull(0) ? null : r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetDecimal(5)), ct);

    public Task<List<RedWarning>> RedWarnings(Contracts.ReportPeriod period, CancellationToken ct) =>
        Read(AnalysisSql.RedWarnings, Week(period), MaxRedWarnings, r => new RedWarning(
            r.GetGuid(0), Text(r, 1), Text(r, 2), r.IsDBNull(3) ? null : r.GetGuid(3), r.GetString(4), r.GetString(5), r.GetFieldValue<DateTimeOffset>(6)), ct);

    private static (string, DateTimeOffset)[] Week(Contracts.ReportPeriod period) => [("from", period.From), ("to", period.To)];

    private async Task<List<T>> Read<T>(string sql, (string Name, DateTimeOffset Value)[] times, int? limit, Func<NpgsqlDataReader, T> row, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in times)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() });
        }

        if (limit is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit.Value });
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
