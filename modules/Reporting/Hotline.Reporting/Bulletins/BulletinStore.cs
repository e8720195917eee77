using Hotline.Reporting.Contracts.Bulletins;
using Hotline.Reporting.Frozen;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// The published bulletins (table <c>monthly_bulletins</c>), append-only: publishing adds the month's next version;
/// a version is replaced when a later one of its month exists. Versions are numbered and "replaced" said by
/// <see cref="FrozenVersions"/>, as for the weekly analysis.
/// </summary>
public sealed class BulletinStore(NpgsqlDataSource dataSource)
{
    private static readonly string Columns = "b.month, b.version, b.published_at, b.published_by, b.sha256, " + FrozenVersions.Bulletins.ReplacedBy("b");

    public async Task<PublishedBulletin> Append(string month, string content, DateTimeOffset at, string publishedBy, CancellationToken ct = default)
    {
        var sha = FrozenJson.Sha256(content);
        var version = await FrozenVersions.Bulletins.Append(dataSource, month,
        [
            Text("content", content),
            Text("sha256", sha),
            new NpgsqlParameter<DateTimeOffset>("published_at", NpgsqlDbType.TimestampTz) { TypedValue = at.ToUniversalTime() },
            Text("published_by", publishedBy),
        ], ct);
        return new PublishedBulletin(month, version, at.ToUniversalTime(), publishedBy, sha, null);
    }

    /// <summary>
    /// Every version of the <paramref name="months"/> latest published months before <paramref name="before"/> (all when
    /// null), newest month first, each month's versions newest first: a page of months, so the list does not grow with age.
    /// </summary>
    public async Task<IReadOnlyList<PublishedBulletin>> List(string? before, int months, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand($"""
            select {Columns} from monthly_bulletins b
            where b.month in (select distinct m.month from monthly_bulletins m
                              where @before::text is null or m.month < @before order by m.month desc limit @months)
            order by b.month desc, b.version desc
            """);
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Text) { Value = (object?)before ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<int>("months", NpgsqlDbType.Integer) { TypedValue = months });
        var rows = new List<PublishedBulletin>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    /// <summary>One version of a month (its current one when <paramref name="version"/> is null), or null when not published.</summary>
    public async Task<StoredBulletin?> Find(string month, int? version, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand($"""
            select {Columns}, b.content from monthly_bulletins b
            where b.month = @month and b.version = coalesce(@version, (select max(version) from monthly_bulletins where month = @month))
            """);
        command.Parameters.Add(Text("month", month));
        command.Parameters.Add(new NpgsqlParameter("version", NpgsqlDbType.Integer) { Value = (object?)version ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new StoredBulletin(Read(reader), reader.GetString(6)) : null;
    }

    private static PublishedBulletin Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt32(1), r.GetFieldValue<DateTimeOffset>(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5));

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };
}
