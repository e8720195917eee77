using Hotline.Reporting.Contracts.Analyses;
using Hotline.Reporting.Frozen;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Reporting.Analyses;

/// <summary>Released analyses in PostgreSQL (table <c>weekly_analyses</c>, migration 0032): frozen, a release again adds a version.</summary>
public sealed class WeeklyAnalysisStore(NpgsqlDataSource dataSource)
{
    /// <summary>Stores <paramref name="content"/> as the week's next version (numbered by <see cref="FrozenVersions"/>); returns its number.</summary>
    public Task<int> Release(string week, string content, string sha256, string releasedBy, DateTimeOffset at, CancellationToken ct = default) =>
        FrozenVersions.Analyses.Append(dataSource, week,
        [
            new NpgsqlParameter<string>("content", NpgsqlDbType.Text) { TypedValue = content },
            new NpgsqlParameter<string>("sha256", NpgsqlDbType.Char) { TypedValue = sha256 },
            new NpgsqlParameter<string>("released_by", NpgsqlDbType.Text) { TypedValue = releasedBy },
            new NpgsqlParameter<DateTimeOffset>("released_at", NpgsqlDbType.TimestampTz) { TypedValue = at.ToUniversalTime() },
        ], ct);

    public async Task<IReadOnlyList<AnalysisVersion>> Versions(string week, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(WeeklyAnalysisSql.Versions);
        command.Parameters.Add(new NpgsqlParameter<string>("week", NpgsqlDbType.Text) { TypedValue = week });
        var versions = new List<AnalysisVersion>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            versions.Add(new AnalysisVersion(reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4)));
        }

        return versions;
    }

    /// <summary>The frozen content of one version, exactly as hashed; null when the week has no such version.</summary>
    public async Task<string?> Content(string week, int version, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(WeeklyAnalysisSql.Content);
        command.Parameters.Add(new NpgsqlParameter<string>("week", NpgsqlDbType.Text) { TypedValue = week });
        command.Parameters.Add(new NpgsqlParameter<int>("version", NpgsqlDbType.Integer) { TypedValue = version });
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
