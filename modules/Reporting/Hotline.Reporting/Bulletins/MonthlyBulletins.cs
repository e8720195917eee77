using System.Globalization;
using Hotline.Live.Contracts;
using Hotline.Kernel;
using Hotline.Reporting.Contracts.Bulletins;
using Hotline.Reporting.Contracts.Sheets;
using Hotline.Reporting.Formats;
using Hotline.Reporting.Frozen;

namespace Hotline.Reporting.Bulletins;

/// <summary>Listing, reading and publishing bulletins (<see cref="IMonthlyBulletins"/>): the code behind the endpoints and the console.</summary>
public sealed class MonthlyBulletins(BulletinComposer composer, BulletinStore store, BulletinNotice notice, ILivePublisher live, TimeProvider time,
    TimeZoneInfo zone) : IMonthlyBulletins
{
    public bool IsMonth(string? month) => BulletinMonth.TryParse(month, out _);

    public async Task<IReadOnlyList<BulletinListing>> List(string? before, int months, CancellationToken ct = default)
    {
        var rows = await store.List(before, months, ct);
        return [.. rows.GroupBy(r => r.Month).Select(g => new BulletinListing(g.Key, g.Max(r => r.Version), [.. g]))];
    }

    /// <summary>
    /// One version of a month (its current one when <paramref name="version"/> is null) as a member of staff holding
    /// <paramref name="roles"/> may see it (<see cref="BulletinAudience"/>); null when not published.
    /// </summary>
    public async Task<BulletinResponse?> Read(string month, int? version, IReadOnlyCollection<RoleAssignment> roles, CancellationToken ct = default)
    {
        if (await store.Find(month, version, ct) is not { } stored)
        {
            return null;
        }

        var whole = FrozenJson.Deserialize<MonthlyBulletin>(stored.Content);
        var p = stored.Published;
        return new BulletinResponse(p.Month, p.Version, p.PublishedAt, p.PublishedBy, p.Sha256, p.Replaced, p.ReplacedBy,
            whole.Branches.Count, BulletinAudience.SeesEverything(roles), BulletinAudience.For(whole, roles));
    }

    public async Task<ReportSheet?> Sheet(string month, IReadOnlyCollection<RoleAssignment> roles, CancellationToken ct = default) =>
        await Read(month, null, roles, ct) is { } read ? ReportSheets.Of(BulletinDocument.Of(read, zone), zone) : null;

    public async Task<BulletinPublishing> Publish(string month, string personId, CancellationToken ct = default)
    {
        var chosen = BulletinMonth.TryParse(month, out var parsed) ? parsed : throw new FormatException($"'{month}' is not a month (YYYY-MM)");
        // A bulletin reports a whole month: published before the month is over it would freeze a part of one.
        var now = time.GetUtcNow();
        var period = chosen.Period(zone);
        if (now < period.To)
        {
            var end = TimeZoneInfo.ConvertTime(period.To, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            return new BulletinPublishing(null, $"{chosen} can be published from {end} ({zone.Id}), when the month is over");
        }

        var bulletin = await composer.Compose(chosen, now, ct);
        var published = await store.Append(chosen.ToString(), FrozenJson.Serialize(bulletin), now, personId, ct);
        // Open bulletin pages re-read their list (each reader sees their part: the page's access rule and audience).
        live.Publish(new LiveChange(LiveTopic.Bulletin, published.Month, null, null, null, published.PublishedAt));
        await notice.Tell(published);
        return new BulletinPublishing(published);
    }
}
