using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Bulletins;

/// <summary>A10.1.3.5: QualityDept publishes, a whole month only; the branch heads and project managers are told.</summary>
[Collection(ReportingCollection.Name)]
public sealed class BulletinAccessTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A10_1_3_5_OnlyQualityDeptPublishes_AndTheUnitHeadsAreTold()
    {
        const string month = "2026-04";
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Publish(Demo.SunriseLiaison, month)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Publish(Demo.NorthHead, month)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Publish(Demo.GeneralManager, month)).Status);
        var (unpublished, _) = await fixture.Bulletin(Demo.SunriseLiaison, month);
        Assert.Equal(HttpStatusCode.NotFound, unpublished);

        var (status, published) = await fixture.Publish(BulletinApi.QualityStaff, month);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(1, published.GetProperty("version").GetInt32());

        foreach (var person in new[] { Demo.NorthHead, Demo.SunriseManager, "vp" })
        {
            var items = await Eventually.Get(() => Inbox(person), i => i.Any(x => x.GetProperty("id").GetString() == $"bulletin/{month}/v1"));
            Assert.Contains(items, x => x.GetProperty("kind").GetString() == "MonthlyBulletinPublished" && x.GetProperty("title").GetString()!.Contains(month));
        }

        // A liaison is not among those told (the bulletin is there for them to read).
        Assert.DoesNotContain(await Inbox(Demo.SunriseLiaison), x => x.GetProperty("id").GetString() == $"bulletin/{month}/v1");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Bulletin(Demo.SunriseLiaison, month)).Status);
    }

    [Fact]
    public async Task A10_1_3_5_Publish_MonthNotOver_Conflict_BadMonthOrVersion_NamesTheField()
    {
        var thisMonth = TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var (notOver, problem) = await fixture.Publish(Demo.QualityHead, thisMonth);
        Assert.Equal(HttpStatusCode.Conflict, notOver);
        Assert.Contains(thisMonth, problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Publish(Demo.QualityHead, "2999-01")).Status);

        foreach (var bad in new[] { "2026-13", "2026-00", "2026-1", "26-10", "2026_10", "abcd-ef", "1999-12", "9999-12" })
        {
            var (publish, publishProblem) = await fixture.Publish(Demo.QualityHead, bad);
            Assert.Equal(HttpStatusCode.BadRequest, publish);
            Assert.Equal(["month"], publishProblem.ErrorFields());
            var (read, readProblem) = await fixture.Bulletin(Demo.NorthHead, bad);
            Assert.Equal(HttpStatusCode.BadRequest, read);
            Assert.Equal(["month"], readProblem.ErrorFields());
        }

        foreach (var bad in new[] { "0", "-1", "x", "1.5" })
        {
            var (read, readProblem) = await fixture.Bulletin(Demo.NorthHead, "2026-10", bad);
            Assert.Equal(HttpStatusCode.BadRequest, read);
            Assert.Equal(["version"], readProblem.ErrorFields());
        }
    }

    private async Task<List<JsonElement>> Inbox(string person)
    {
        var page = await fixture.Host.ClientAs(person).GetFromJsonAsync<JsonElement>("/api/inbox?limit=100");
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
