using Npgsql;

namespace Hotline.Tickets.Queries;

/// <summary>
/// What the database's <c>lower()</c> makes of the ASCII capitals, asked once per store. The text index's pairs are
/// worked out in the host (<see cref="SearchPairs"/>) but searched with the database's folding, so both must fold alike:
/// a database of a Turkish locale lowers "I" to "ı", every other locale to "i".
/// </summary>
internal sealed class DatabaseCaseFolding(NpgsqlDataSource dataSource)
{
    private const string Capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    // The database's lower-case of each capital, one UTF-16 char each; "" when a capital lowers to more than that.
    private volatile string? _lowered;

    /// <summary>Each capital A–Z as the database lowers it (index 0 for "A"), or null when one lowers to more than one char.</summary>
    public async ValueTask<string?> CapitalsLowered(CancellationToken ct)
    {
        if (_lowered is null)
        {
            // Asked until it answers: a failed ask (the database away) fails this write as its own statement would.
            await using var command = dataSource.CreateCommand("select lower(@capitals)");
            command.Parameters.AddWithValue("capitals", Capitals);
            var lowered = (string)(await command.ExecuteScalarAsync(ct))!;
            _lowered = lowered.Length == Capitals.Length ? lowered : "";
        }

        return _lowered.Length == 0 ? null : _lowered;
    }
}
