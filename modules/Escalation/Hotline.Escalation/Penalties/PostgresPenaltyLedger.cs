using Hotline.Escalation.Contracts;
using Hotline.Escalation.Policy;
using Hotline.Kernel;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Escalation.Penalties;

/// <summary>The A12 ledger in PostgreSQL (table <c>penalty_ledger</c>, migration 0006); exactly-once by its unique constraint.</summary>
public sealed class PostgresPenaltyLedger(NpgsqlDataSource dataSource, EscalationOptions options, TimeZoneInfo zone, TimeProvider time) : IPenaltyLedger
{
    public const string SystemBooker = "hotline";

    public async Task<bool> BookDeduction(Guid warningId, WarningLevel level, string? branchId, DateTimeOffset verifiedAt, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(PenaltySql.BookDeduction);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid>("entry_id", NpgsqlDbType.Uuid) { TypedValue = Guid.CreateVersion7(time.GetUtcNow()) });
        p.Add(new NpgsqlParameter<Guid>("warning_id", NpgsqlDbType.Uuid) { TypedValue = warningId });
        p.Add(new NpgsqlParameter("branch_id", NpgsqlDbType.Text) { Value = (object?)branchId ?? DBNull.Value });
        Text(p, "month", PenaltyMonths.Of(verifiedAt, zone));
        Text(p, "level", level.ToString());
        p.Add(new NpgsqlParameter<decimal>("points", NpgsqlDbType.Numeric) { TypedValue = PenaltyPoints.For(options, level) });
        Text(p, "reason", $"A12: {level} warning verified");
        Text(p, "booked_by", SystemBooker);
        p.Add(new NpgsqlParameter<DateTimeOffset>("booked_at", NpgsqlDbType.TimestampTz) { TypedValue = time.GetUtcNow().ToUniversalTime() });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<PenaltyReversal> Reverse(Guid warningId, string reason, string bookedBy, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(bookedBy);
        await using (var command = dataSource.CreateCommand(PenaltySql.Reverse))
        {
            var p = command.Parameters;
            p.Add(new NpgsqlParameter<Guid>("entry_id", NpgsqlDbType.Uuid) { TypedValue = Guid.CreateVersion7(time.GetUtcNow()) });
            p.Add(new NpgsqlParameter<Guid>("warning_id", NpgsqlDbType.Uuid) { TypedValue = warningId });
            Text(p, "reason", reason.Trim());
            Text(p, "booked_by", bookedBy.Trim());
            p.Add(new NpgsqlParameter<DateTimeOffset>("booked_at", NpgsqlDbType.TimestampTz) { TypedValue = time.GetUtcNow().ToUniversalTime() });
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                return new PenaltyReversal(PenaltyReversalStatus.Reversed, PenaltyRows.Read(reader));
            }
        }

        var earlier = (await EntriesFor(warningId, ct)).FirstOrDefault(e => e.Kind == PenaltyEntryKind.Reversal);
        return earlier is null
            ? new PenaltyReversal(PenaltyReversalStatus.NoDeduction, null)
            : new PenaltyReversal(PenaltyReversalStatus.AlreadyReversed, earlier);
    }

    public async Task<PenaltyScores> Scores(string month, CancellationToken ct = default)
    {
        if (!PenaltyMonths.IsValid(month))
        {
            throw new ArgumentException($"'{month}' is not a YYYY-MM month", nameof(month));
        }

        await using var command = dataSource.CreateCommand(PenaltySql.Scores);
        command.Parameters.Add(new NpgsqlParameter<string>("month", NpgsqlDbType.Char) { TypedValue = month });
        var rows = new List<(string? Branch, int Blue, int Yellow, int Red, decimal Points)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDecimal(4)));
        }

        var total = new QualityDeptPenaltyItem(QualityDeptPenaltyItem.PlatformComplaints,
            rows.Sum(r => r.Blue), rows.Sum(r => r.Yellow), rows.Sum(r => r.Red), rows.Sum(r => r.Points));
        return new PenaltyScores(month, [.. rows.Where(r => r.Branch is not null).Select(r => new BranchPenaltyScore(r.Branch!, r.Blue, r.Yellow, r.Red, r.Points))], total);
    }

    public async Task<IReadOnlyList<PenaltyEntry>> EntriesFor(Guid warningId, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(PenaltySql.EntriesForWarning);
        command.Parameters.Add(new NpgsqlParameter<Guid>("warning_id", NpgsqlDbType.Uuid) { TypedValue = warningId });
        var entries = new List<PenaltyEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(PenaltyRows.Read(reader));
        }

        return entries;
    }

    private static void Text(NpgsqlParameterCollection p, string name, string value) =>
        p.Add(new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = value });
}
