using Hotline.Reporting.Contracts.WeeklySummaries;
using Npgsql;

namespace Hotline.Reporting.WeeklySummaries;

public sealed partial class WeeklySummaryStore
{
    /// <summary>
    /// Runs <paramref name="change"/> on the current version of one project's summary of a week, locked (for update) in
    /// one transaction, so two signers or a signer and a correction never both act on what they saw. Commits unless the
    /// change answers that nothing was done.
    /// </summary>
    public async Task<T> Change<T>(string projectId, string week, Func<WeeklySummaryChange, Task<(T Result, bool Commit)>> change, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = (await Rows(connection, transaction,
            $"select {Columns} from weekly_summaries where project_id = $1 and week = $2 and not replaced for update", ct, projectId, week)).SingleOrDefault();
        var (result, commit) = await change(new WeeklySummaryChange(connection, transaction, current));
        if (commit)
        {
            await transaction.CommitAsync(ct);
            if (current is not null)
                Published(current.ProjectId, current.BranchId, week);
        }

        return result;
    }

    internal static async Task<IReadOnlyList<WeeklySummaryRow>> Rows(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
            command.Parameters.AddWithValue(value);
        var rows = new List<WeeklySummaryRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new WeeklySummaryRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5),
                Enum.Parse<WeeklySummaryStatus>(reader.GetString(6)), reader.GetBoolean(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8), reader.GetBoolean(9),
                reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.GetString(12), reader.GetString(13)));
        }

        return rows;
    }
}
