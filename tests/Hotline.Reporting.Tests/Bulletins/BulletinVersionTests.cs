using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using Npgsql;
using static Hotline.Reporting.Tests.Bulletins.QueryStoreSeed;

namespace Hotline.Reporting.Tests.Bulletins;

/// <summary>A10.1.3.5: once published a bulletin is frozen; publishing again makes a new version beside the old.</summary>
[Collection(ReportingCollection.Name)]
public sealed class BulletinVersionTests(ReportingFixture fixture)
{
    private const string Month = "2026-08";

    [Fact]
    public async Task A10_1_3_5_Published_StaysFrozenWhenDataChanges_RepublishingMakesV2AndShowsV1Replaced()
    {
        var project = await fixture.NewProject();
        await using var seed = new QueryStoreSeed(fixture.ConnectionString);
        await seed.Ticket(project, Demo.North, Local(2026, 8, 10), "Complaint", "Plumbing", "Phone");
        await seed.Ticket(project, Demo.North, Local(2026, 8, 11), "Complaint", "Plumbing", "Phone");

        var (status, v1) = await fixture.Publish(Demo.QualityHead, Month);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(1, v1.GetProperty("version").GetInt32());
        var sha1 = v1.GetProperty("sha256").GetString();

        // The stored content is what was hashed, and the table refuses to change it.
        var content = await seed.Scalar<string>("select content from monthly_bulletins where month = $1 and version = 1", Month);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), sha1);
        await Assert.ThrowsAsync<PostgresException>(() => seed.Execute($"update monthly_bulletins set published_by = 'someone' where month = '{Month}'"));

        // A ticket of August arrives late in the query store: the published bulletin does not move.
        await seed.Ticket(project, Demo.North, Local(2026, 8, 12), "Repair", "Electrical", "Phone");
        var frozen = await fixture.Current(BulletinApi.QualityStaff, Month);
        Assert.Equal(2, frozen.Unit("projects", project).GetProperty("figures").GetProperty("received").GetInt64());
        Assert.Equal(sha1, frozen.GetProperty("sha256").GetString());
        Assert.False(frozen.GetProperty("replaced").GetBoolean());

        var (again, v2) = await fixture.Publish(BulletinApi.QualityStaff, Month);
        Assert.Equal(HttpStatusCode.Created, again);
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(BulletinApi.QualityStaff, v2.GetProperty("publishedBy").GetString());

        var current = await fixture.Current(Demo.QualityHead, Month);
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal(3, current.Unit("projects", project).GetProperty("figures").GetProperty("received").GetInt64());
        Assert.NotEqual(sha1, current.GetProperty("sha256").GetString());

        var (oldStatus, old) = await fixture.Bulletin(Demo.QualityHead, Month, "1");
        Assert.Equal(HttpStatusCode.OK, oldStatus);
        Assert.Equal(2, old.Unit("projects", project).GetProperty("figures").GetProperty("received").GetInt64());
        Assert.Equal(sha1, old.GetProperty("sha256").GetString());
        Assert.True(old.GetProperty("replaced").GetBoolean());
        Assert.Equal(2, old.GetProperty("replacedBy").GetInt32());

        // The list: the month with both versions, newest first, the first shown replaced.
        using var list = await fixture.Host.ClientAs(Demo.SunriseLiaison).GetAsync("/api/reports/bulletins");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var month = System.Text.Json.JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Single(m => m.GetProperty("month").GetString() == Month);
        Assert.Equal(2, month.GetProperty("current").GetInt32());
        var versions = month.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("replaced").GetBoolean())).ToList();
        Assert.Equal([(2, false), (1, true)], versions);

        // A page of months: the one latest month before September is this August, with both its versions.
        using var page = await fixture.Host.ClientAs(Demo.SunriseLiaison).GetAsync("/api/reports/bulletins?before=2026-09&limit=1");
        var paged = System.Text.Json.JsonDocument.Parse(await page.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Month, Assert.Single(paged.EnumerateArray().ToList()).GetProperty("month").GetString());
        using var badLimit = await fixture.Host.ClientAs(Demo.SunriseLiaison).GetAsync("/api/reports/bulletins?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Contains("\"limit\"", await badLimit.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (missing, _) = await fixture.Bulletin(Demo.QualityHead, Month, "3");
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task A10_1_3_5_TwoPublicationsAtOnce_GetConsecutiveVersions()
    {
        const string month = "2026-03";
        var both = await Task.WhenAll(fixture.Publish(Demo.QualityHead, month), fixture.Publish(BulletinApi.QualityStaff, month));

        Assert.All(both, p => Assert.Equal(HttpStatusCode.Created, p.Status));
        Assert.Equal([1, 2], both.Select(p => p.Body.GetProperty("version").GetInt32()).Order());
        var current = await fixture.Current(Demo.NorthHead, month);
        Assert.Equal(2, current.GetProperty("version").GetInt32());
    }
}
