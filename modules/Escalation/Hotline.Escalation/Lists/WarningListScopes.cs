using Hotline.Escalation.Contracts;
using Npgsql;

namespace Hotline.Escalation.Lists;

/// <summary><see cref="IWarningScopes"/> from the warning list: one primary-key read, no grain.</summary>
public sealed class WarningListScopes(NpgsqlDataSource dataSource) : IWarningScopes
{
    public async Task<WarningScope?> Find(Guid warningId, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("select project_id, branch_id from warning_list where warning_id = $1");
        command.Parameters.AddWithValue(warningId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new WarningScope(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }
}
