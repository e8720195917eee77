using Npgsql;

namespace Hotline.Reporting.Tests.Bulletins;

/// <summary>
/// Fixed rows written straight into the query store (ticket list, warning list, penalty ledger, weekly summaries) at
/// past times of the test's choosing, for its own projects: the bulletin reads these tables, and months long over can
/// only be filled this way without moving the shared clock back. The projections that write them are tested elsewhere.
/// </summary>
public sealed class QueryStoreSeed(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(connectionString);

    /// <summary>A local time in the business time zone (UTC+8, no daylight saving).</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour = 10, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public async Task Ticket(string project, string branch, DateTimeOffset registeredAt, string kind, string category, string channel,
        string status = "Registered", string? start = null, string? contact = null, string? plan = null, string? resolution = null,
        string? suggestionReply = null, (short Overall, short Speed, short Attitude)? rating = null, bool? adopted = null)
    {
        await using var command = _db.CreateCommand("""
            insert into ticket_list (id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text,
                registered_at, breached, updated_at, clock_start, clock_contact, clock_plan, clock_resolution, clock_suggestion_reply,
                rating_overall, rating_speed, rating_attitude, suggestion_adopted)
            values ($1, 1, $2, $3, $4, $5, 'Normal', $6, 'seeded', $7, 'seeded for the bulletin', $8, false, $8, $9, $10, $11, $12, $13,
                $14, $15, $16, $17)
            """);
        Add(command, Guid.NewGuid(), kind, project, branch, category, status, channel, registeredAt, start, contact, plan, resolution,
            suggestionReply, rating?.Overall, rating?.Speed, rating?.Attitude, adopted);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A warning of <paramref name="project"/> (verified and answered when the times are given) and, with points, its ledger deduction of <paramref name="month"/>.</summary>
    public async Task<Guid> Warning(string project, string branch, string level, DateTimeOffset raisedAt, DateTimeOffset? verifiedAt,
        DateTimeOffset? answeredAt, string? penaltyMonth = null, decimal points = 0)
    {
        var id = Guid.NewGuid();
        await using (var command = _db.CreateCommand("""
            insert into warning_list (warning_id, version, level, status, trigger, project_id, branch_id, issue_key, rule, raised_at,
                verification_overdue, answer_overdue, updated_at, verified_at, answered_at, answer)
            values ($1, 1, $2, $3, 'Seeded', $4, $5, 'seeded', 'seeded', $6, false, false, $6, $7, $8, $9)
            """))
        {
            var status = answeredAt is not null ? "Answered" : verifiedAt is not null ? "Verified" : "Raised";
            Add(command, id, level, status, project, branch, raisedAt, verifiedAt, answeredAt, answeredAt is null ? null : "已處理");
            await command.ExecuteNonQueryAsync();
        }

        if (penaltyMonth is not null)
        {
            await Ledger(id, branch, penaltyMonth, level, points);
        }

        return id;
    }

    /// <summary>A ledger entry: a deduction (positive points) or the reversal of one (negative).</summary>
    public async Task Ledger(Guid warning, string branch, string month, string level, decimal points)
    {
        await using var command = _db.CreateCommand("""
            insert into penalty_ledger (entry_id, warning_id, branch_id, month, level, points, kind, reason, booked_by, booked_at)
            values ($1, $2, $3, $4, $5, $6, $7, 'seeded', 'test', now())
            """);
        Add(command, Guid.NewGuid(), warning, branch, month, level, points, points > 0 ? "deduction" : "reversal");
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A signed weekly summary version, late or not, due at <paramref name="dueAt"/>.</summary>
    public async Task WeeklySummary(string project, string branch, string week, int version, DateTimeOffset dueAt, bool late, bool replaced = false)
    {
        await using var command = _db.CreateCommand("""
            insert into weekly_summaries (project_id, branch_id, week, version, period_from, period_to, due_at, drafted_at, status, late,
                signed_at, replaced, content, content_sha256)
            values ($1, $2, $3, $4, $5, $6, $6, $5, 'Signed', $7, $8, $9, '{}', repeat('0', 64))
            """);
        Add(command, project, branch, week, version, dueAt.AddDays(-7), dueAt, late, late ? dueAt.AddHours(3) : dueAt.AddHours(-3), replaced);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> Scalar<T>(string sql, params object?[] values)
    {
        await using var command = _db.CreateCommand(sql);
        Add(command, values);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task Execute(string sql)
    {
        await using var command = _db.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static void Add(NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(value is null ? new NpgsqlParameter { Value = DBNull.Value } : new NpgsqlParameter { Value = value });
        }
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
