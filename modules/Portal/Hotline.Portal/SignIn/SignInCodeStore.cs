using Npgsql;
using NpgsqlTypes;

namespace Hotline.Portal.SignIn;

/// <summary>Tables <c>portal_sign_in_codes</c> and <c>portal_code_requests</c>.</summary>
public sealed class SignInCodeStore(NpgsqlDataSource dataSource)
{
    // At most 100 of each per request: more requests than expiries, so both tables stay at about an hour's worth. Rows
    // another owner's request is pruning (or using) are skipped, so concurrent sign-ins never wait on each other here.
    private const string Prune = """
        delete from portal_code_requests where ctid in
            (select ctid from portal_code_requests where requested_at <= @hour_ago limit 100 for update skip locked);
        delete from portal_sign_in_codes where owner_key in
            (select owner_key from portal_sign_in_codes where expires_at <= @now limit 100 for update skip locked)
        """;

    /// <summary>
    /// Records a code request unless the owner asked within <paramref name="interval"/> or <paramref name="perHour"/>
    /// times in the last hour; answers how long to wait, or null when recorded. One owner's requests are serialised.
    /// </summary>
    public async Task<TimeSpan?> TryRecordRequest(string ownerKey, DateTimeOffset now, TimeSpan interval, int perHour, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var lockOwner = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('portal-code:' || $1))", connection, transaction))
        {
            lockOwner.Parameters.AddWithValue(ownerKey);
            await lockOwner.ExecuteNonQueryAsync(ct);
        }

        var recent = new List<DateTimeOffset>();
        await using (var read = new NpgsqlCommand(
            "select requested_at from portal_code_requests where owner_key = $1 and requested_at > $2 order by requested_at", connection, transaction))
        {
            read.Parameters.AddWithValue(ownerKey);
            read.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = now.AddHours(-1).UtcDateTime });
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                recent.Add(reader.GetFieldValue<DateTimeOffset>(0));
            }
        }

        if (recent.Count > 0 && recent[^1] + interval > now)
        {
            return recent[^1] + interval - now;
        }

        if (recent.Count >= perHour)
        {
            return recent[^perHour].AddHours(1) - now;
        }

        // Requests older than the hour, and codes past their expiry, count for nothing any more: a small batch of anyone's
        // goes with each request, so numbers typed once (registered or not) do not stay for good.
        await using (var prune = new NpgsqlCommand(Prune, connection, transaction))
        {
            prune.Parameters.Add(new NpgsqlParameter("hour_ago", NpgsqlDbType.TimestampTz) { Value = now.AddHours(-1).UtcDateTime });
            prune.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime });
            await prune.ExecuteNonQueryAsync(ct);
        }

        await using (var insert = new NpgsqlCommand("insert into portal_code_requests (owner_key, requested_at) values ($1, $2)", connection, transaction))
        {
            insert.Parameters.AddWithValue(ownerKey);
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = now.UtcDateTime });
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>Replaces the owner's live code (a new code voids the previous one and its wrong tries).</summary>
    public async Task Save(string ownerKey, byte[] codeHash, DateTimeOffset expiresAt, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            insert into portal_sign_in_codes (owner_key, code_hash, expires_at, wrong_tries) values ($1, $2, $3, 0)
            on conflict (owner_key) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at, wrong_tries = 0
            """);
        command.Parameters.AddWithValue(ownerKey);
        command.Parameters.AddWithValue(codeHash);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = expiresAt.UtcDateTime });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Uses the owner's code once: true and the code is gone when <paramref name="matches"/> says the stored hash is the
    /// one sent; else one more wrong try (the code is void at <paramref name="maxWrongTries"/>). An expired code never matches.
    /// </summary>
    public async Task<bool> TryUse(string ownerKey, Func<byte[], bool> matches, DateTimeOffset now, int maxWrongTries, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        byte[] hash;
        await using (var read = new NpgsqlCommand(
            "select code_hash, expires_at, wrong_tries from portal_sign_in_codes where owner_key = $1 for update", connection, transaction))
        {
            read.Parameters.AddWithValue(ownerKey);
            await using var reader = await read.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct) || reader.GetFieldValue<DateTimeOffset>(1) <= now || reader.GetInt32(2) >= maxWrongTries)
            {
                return false;
            }

            hash = reader.GetFieldValue<byte[]>(0);
        }

        var used = matches(hash);
        await using (var write = new NpgsqlCommand(used
            ? "delete from portal_sign_in_codes where owner_key = $1"
            : "update portal_sign_in_codes set wrong_tries = wrong_tries + 1 where owner_key = $1", connection, transaction))
        {
            write.Parameters.AddWithValue(ownerKey);
            await write.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return used;
    }
}
