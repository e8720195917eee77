using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Identity.Accounts;

/// <summary>
/// The stamps every request is checked against, from a per-silo cache. A revocation through this silo takes effect
/// at its next request; one through another silo (or the reset-password command) within
/// <see cref="SecurityOptions.StampCacheSeconds"/> (30 s by default): the bound on cluster-wide revocation.
/// </summary>
public sealed class SecurityStamps(SecurityStampStore store, IOptions<SecurityOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (PersonStamp Stamp, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    public async Task<PersonStamp> CurrentAsync(string personId)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(personId, out var cached) && now - cached.ReadAt < TimeSpan.FromSeconds(options.Value.StampCacheSeconds) && now >= cached.ReadAt)
        {
            return cached.Stamp;
        }

        var stamp = await store.GetAsync(personId);
        _cache[personId] = (stamp, now);
        return stamp;
    }

    /// <summary>
    /// Whether a credential issued under <paramref name="stamp"/> is still good. A stamp differing from the cached one is
    /// checked against the database at once (a token issued after a revocation through another silo works at once).
    /// </summary>
    public async Task<bool> IsCurrentAsync(string personId, string stamp) =>
        (await CurrentAsync(personId)).Stamp == stamp || (await FreshAsync(personId)).Stamp == stamp;

    /// <summary>The stamp for a token being issued now (read fresh, not from the cache).</summary>
    public async Task<PersonStamp> FreshAsync(string personId)
    {
        var stamp = await store.GetAsync(personId);
        _cache[personId] = (stamp, clock.GetUtcNow());
        return stamp;
    }

    /// <summary>Revokes every token and session of the person: on this silo at once, on the others within the cache bound.</summary>
    public async Task RevokeAsync(string personId)
    {
        await store.RotateAsync(personId, clock.GetUtcNow());
        _cache.TryRemove(personId, out _);
    }

    /// <summary>After a change made in the database by another path (password reset, lock, removal): read again at the next request.</summary>
    public void Forget(string personId) => _cache.TryRemove(personId, out _);
}
