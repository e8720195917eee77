using Hotline.BuildingBlocks.Storage;
using Hotline.Channels.Contracts;
using Hotline.Kernel;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Channels.Outbound;

/// <summary>
/// Owners' chosen channels in PostgreSQL (owner_channel_preferences), keyed by the owner's actor id (a digest of the
/// normalised phone), so "+86 138-0013-8000" and "13800138000" are one owner and the number itself is not stored.
/// </summary>
internal sealed class OwnerPreferenceStore(NpgsqlDataSource dataSource, OwnerChannels channels, TimeProvider time) : IOwnerPreferences
{
    // Read for every owner notice with a phone: under load the reads share round trips (issue 14).
    private readonly StatementBatcher _lookups = new(dataSource, writers: 2);

    public IReadOnlyList<string> Choices => channels.Choices;

    public string Sms => channels.Fallback;

    public async Task<string?> Preferred(string phone, CancellationToken ct = default)
    {
        if (KeyOf(phone) is not { } key)
        {
            return null;
        }

        return await _lookups.Run("select channel from owner_channel_preferences where owner_key = @owner_key",
            p => p.Add(new NpgsqlParameter<string>("owner_key", NpgsqlDbType.Text) { TypedValue = key }),
            async reader => await reader.ReadAsync() ? reader.GetString(0) : null, ct);
    }

    public async Task<bool> Prefer(string phone, string? channel, CancellationToken ct = default)
    {
        if (KeyOf(phone) is not { } key || (channel is not null && !channels.Choices.Contains(channel)))
        {
            return false;
        }

        await using var command = dataSource.CreateCommand(channel is null
            ? "delete from owner_channel_preferences where owner_key = @owner_key"
            : """
              insert into owner_channel_preferences (owner_key, channel, updated_at) values (@owner_key, @channel, @now)
              on conflict (owner_key) do update set channel = excluded.channel, updated_at = excluded.updated_at
              """);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string>("owner_key", NpgsqlDbType.Text) { TypedValue = key });
        if (channel is not null)
        {
            p.Add(new NpgsqlParameter<string>("channel", NpgsqlDbType.Text) { TypedValue = channel });
            p.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = time.GetUtcNow().ToUniversalTime() });
        }

        await command.ExecuteNonQueryAsync(ct);
        return true;
    }

    /// <summary>The owner's actor id, or null for a malformed number.</summary>
    internal static string? KeyOf(string? phone) => PhoneNumbers.Normalize(phone) is { } normalized ? OwnerActors.ForPhone(normalized).PersonId : null;
}
