using System.Globalization;
using Hotline.Reporting.Contracts.Bulletins;
using Hotline.Reporting.Frozen;

namespace Hotline.Reporting.Bulletins;

/// <summary>Listing and publishing bulletins (<see cref="IMonthlyBulletins"/>): the code behind the endpoints and the console.</summary>
public sealed class MonthlyBulletins(BulletinComposer composer, BulletinStore store, BulletinNotice notice, TimeProvider time, TimeZoneInfo zone) : IMonthlyBulletins
{
    public bool IsMonth(string? month) => BulletinMonth.TryParse(month, out _);

    public async Task<IReadOnlyList<BulletinListing>> List(string? before, int months, CancellationToken ct = default)
    {
        var rows = await store.List(before, months, ct);
        return [.. rows.GroupBy(r => r.Month).Select(g => new BulletinListing(g.Key, g.Max(r => r.Version), [.. g]))];
    }

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
        await notice.Tell(published);
        return new BulletinPublishing(published);
    }
}
