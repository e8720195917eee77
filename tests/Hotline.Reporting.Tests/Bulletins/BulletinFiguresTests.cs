using System.Net;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using static Hotline.Reporting.Tests.Bulletins.QueryStoreSeed;

namespace Hotline.Reporting.Tests.Bulletins;

/// <summary>
/// A10.1.3.5: October 2026's bulletin for two projects of the test's own in branch north, on rows fixed by the test,
/// with every expected figure worked out by hand below (the bulletin covers every branch: only our projects are exact).
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class BulletinFiguresTests(ReportingFixture fixture)
{
    private const string Month = "2026-10";

    [Fact]
    public async Task A10_1_3_5_Publish_OwnProjects_FiguresRankAndChangesAgainstLastMonthAndLastYear_AsWorkedOutByHand()
    {
        var a = await fixture.NewProject();
        var b = await fixture.NewProject();
        await using var seed = new QueryStoreSeed(fixture.ConnectionString);
        var n = Demo.North;

        // October 2026 in project a: 7 tickets. The first at the month's first instant (in), one at the next month's (out).
        await seed.Ticket(a, n, Local(2026, 10, 1, 0), "Complaint", "Plumbing", "Phone", "Closed", start: "met", contact: "met", resolution: "late", rating: (5, 4, 5));
        await seed.Ticket(a, n, Local(2026, 10, 10), "Complaint", "Plumbing", "WeChat", "Resolved", start: "met", contact: "breached", resolution: "running", rating: (3, 2, 4));
        await seed.Ticket(a, n, Local(2026, 10, 11), "Complaint", "Security", "Phone", "Invalid", start: "met"); // A10.4: no clock counts
        await seed.Ticket(a, n, Local(2026, 10, 12), "Repair", "Electrical", "Phone", "Started", start: "late");
        await seed.Ticket(a, n, Local(2026, 10, 13), "Suggestion", "Environment", "App", "Closed", suggestionReply: "met", adopted: true);
        await seed.Ticket(a, n, Local(2026, 10, 14), "Suggestion", "Environment", "Phone", "Resolved", suggestionReply: "breached", adopted: false);
        await seed.Ticket(a, n, Local(2026, 10, 31, 23, 59), "Suggestion", "Environment", "Phone", suggestionReply: "running");
        await seed.Ticket(a, n, Local(2026, 11, 1, 0), "Repair", "Electrical", "Phone");
        // Warnings: a yellow verified in 30 min and answered 120 min later (3 points); a blue verified in 10 min, its point reversed.
        await seed.Warning(a, n, "Yellow", Local(2026, 10, 5, 10), Local(2026, 10, 5, 10, 30), Local(2026, 10, 5, 12, 30), Month, 3m);
        var blue = await seed.Warning(a, n, "Blue", Local(2026, 10, 20, 9), Local(2026, 10, 20, 9, 10), null, Month, 1m);
        await seed.Ledger(blue, n, Month, "Blue", -1m);
        // Weekly summaries: week 41 late (two versions: one week), week 42 late, week 43 on time, week 45 late but due in November.
        await seed.WeeklySummary(a, n, "2026-W41", 1, Local(2026, 10, 9, 17), late: true, replaced: true);
        await seed.WeeklySummary(a, n, "2026-W41", 2, Local(2026, 10, 9, 17), late: true);
        await seed.WeeklySummary(a, n, "2026-W42", 1, Local(2026, 10, 16, 17), late: true);
        await seed.WeeklySummary(a, n, "2026-W43", 1, Local(2026, 10, 23, 17), late: false);
        await seed.WeeklySummary(a, n, "2026-W45", 1, Local(2026, 11, 6, 17), late: true);
        // September 2026 (last month): two complaints, both started on time; a red warning with 5 points.
        await seed.Ticket(a, n, Local(2026, 9, 15), "Complaint", "Plumbing", "Phone", "Closed", start: "met");
        await seed.Ticket(a, n, Local(2026, 9, 16), "Complaint", "Plumbing", "Phone", "Closed", start: "met");
        await seed.Warning(a, n, "Red", Local(2026, 9, 28, 9), Local(2026, 9, 28, 10), null, "2026-09", 5m);
        // October 2025 (the same month last year): one repair without clocks.
        await seed.Ticket(a, n, Local(2025, 10, 20), "Repair", "Electrical", "Phone");
        // Project b: nothing in October, one ticket last month, two the same month last year.
        await seed.Ticket(b, n, Local(2026, 9, 3), "Repair", "Electrical", "Phone");
        await seed.Ticket(b, n, Local(2025, 10, 3), "Repair", "Electrical", "Phone");
        await seed.Ticket(b, n, Local(2025, 10, 4), "Repair", "Electrical", "Phone");

        var (status, published) = await fixture.Publish(Demo.QualityHead, Month);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        var bulletin = await fixture.Current(Demo.QualityHead, Month);

        var pa = bulletin.Unit("projects", a);
        Assert.Equal(n, pa.GetProperty("branchId").GetString());
        var f = pa.GetProperty("figures");
        Assert.Equal(7, f.GetProperty("received").GetInt64());
        Assert.Equal((3, 3, 1), (f.GetProperty("byKind").Count("Complaint"), f.GetProperty("byKind").Count("Suggestion"), f.GetProperty("byKind").Count("Repair")));
        Assert.Equal((3, 2, 1, 1), (f.GetProperty("byCategory").Count("Environment"), f.GetProperty("byCategory").Count("Plumbing"),
            f.GetProperty("byCategory").Count("Electrical"), f.GetProperty("byCategory").Count("Security")));
        Assert.Equal((5, 1, 1), (f.GetProperty("byChannel").Count("Phone"), f.GetProperty("byChannel").Count("WeChat"), f.GetProperty("byChannel").Count("App")));

        // Per clock (met on time, met late, breached, running; rate = on time / decided), the invalid complaint left out.
        var clocks = f.GetProperty("clocks").EnumerateArray().ToDictionary(c => c.GetProperty("clock").GetString()!);
        AssertClock(clocks["Start"], 2, 1, 0, 0, 2.0 / 3);
        AssertClock(clocks["Contact"], 1, 0, 1, 0, 0.5);
        AssertClock(clocks["Plan"], 0, 0, 0, 0, null);
        AssertClock(clocks["Resolution"], 0, 1, 0, 1, 0.0);
        AssertClock(clocks["SuggestionReply"], 1, 0, 1, 1, 0.5);
        Assert.Equal(0.5, f.Number("onTimeRate")!.Value, 9); // (2 + 1 + 0 + 0 + 1) / (3 + 2 + 0 + 1 + 2)

        Assert.Equal((1, 1), (f.GetProperty("warningsRaisedByLevel").Count("Yellow"), f.GetProperty("warningsRaisedByLevel").Count("Blue")));
        Assert.Equal(2, f.GetProperty("warningsVerified").GetInt64());
        Assert.Equal(20.0, f.Number("averageMinutesToVerify")!.Value, 6); // (30 + 10) / 2
        Assert.Equal(1, f.GetProperty("warningsAnswered").GetInt64());
        Assert.Equal(120.0, f.Number("averageMinutesToAnswer")!.Value, 6);
        Assert.Equal(3m, f.GetProperty("penaltyPoints").GetDecimal()); // 3 + 1 - 1
        Assert.Equal(1, f.GetProperty("invalidComplaints").GetInt64());
        var suggestions = f.GetProperty("suggestions");
        Assert.Equal((1, 1, 1), (suggestions.GetProperty("adopted").GetInt64(), suggestions.GetProperty("notAdopted").GetInt64(), suggestions.GetProperty("undecided").GetInt64()));
        Assert.Equal(0.5, f.Number("adoptionRate")!.Value, 9);
        var ratings = f.GetProperty("ratings");
        Assert.Equal(2, ratings.GetProperty("rated").GetInt64());
        Assert.Equal((4.0, 3.0, 4.5), (ratings.Number("overall")!.Value, ratings.Number("speed")!.Value, ratings.Number("attitude")!.Value));
        Assert.Equal(2, f.GetProperty("lateWeeklySummaries").GetInt64()); // weeks 41 and 42

        // Headline against September (2 received, on time 1.0, 1 warning, 5 points) and October 2025 (1 received, nothing else).
        AssertHeadline(pa.GetProperty("headline"), 7, 0.5, 2, 3m, 1, 0.5, 4.0, 2);
        AssertHeadline(pa.GetProperty("previousMonth"), 2, 1.0, 1, 5m, 0, null, null, 0);
        AssertHeadline(pa.GetProperty("changeVsPreviousMonth"), 5, -0.5, 1, -2m, 1, null, null, 2);
        AssertHeadline(pa.GetProperty("sameMonthLastYear"), 1, null, 0, 0m, 0, null, null, 0);
        AssertHeadline(pa.GetProperty("changeVsSameMonthLastYear"), 6, null, 2, 3m, 1, null, null, 2);

        var pb = bulletin.Unit("projects", b);
        AssertHeadline(pb.GetProperty("headline"), 0, null, 0, 0m, 0, null, null, 0);
        Assert.Equal(-1, pb.GetProperty("changeVsPreviousMonth").GetProperty("received").GetInt64());
        Assert.Equal(-2, pb.GetProperty("changeVsSameMonthLastYear").GetProperty("received").GetInt64());

        // Every branch is ranked 1..n once; north counts at least our project's tickets, the company at least north's.
        var ranks = bulletin.GetProperty("bulletin").GetProperty("branches").EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, ranks.Count), ranks);
        Assert.True(bulletin.Unit("branches", n).GetProperty("figures").GetProperty("received").GetInt64() >= 7);
        Assert.True(bulletin.GetProperty("bulletin").GetProperty("company").GetProperty("figures").GetProperty("received").GetInt64() >= 7);
    }

    private static void AssertClock(System.Text.Json.JsonElement clock, long met, long late, long breached, long running, double? rate)
    {
        Assert.Equal((met, late, breached, running), (clock.GetProperty("metOnTime").GetInt64(), clock.GetProperty("metLate").GetInt64(),
            clock.GetProperty("breachedOpen").GetInt64(), clock.GetProperty("running").GetInt64()));
        AssertNear(rate, clock.Number("onTimeRate"));
    }

    private static void AssertHeadline(System.Text.Json.JsonElement h, long received, double? onTime, long warnings, decimal points,
        long invalid, double? adoption, double? rating, long late)
    {
        Assert.Equal(received, h.GetProperty("received").GetInt64());
        AssertNear(onTime, h.Number("onTimeRate"));
        Assert.Equal(warnings, h.GetProperty("warningsRaised").GetInt64());
        Assert.Equal(points, h.GetProperty("penaltyPoints").GetDecimal());
        Assert.Equal(invalid, h.GetProperty("invalidComplaints").GetInt64());
        AssertNear(adoption, h.Number("adoptionRate"));
        AssertNear(rating, h.Number("averageRating"));
        Assert.Equal(late, h.GetProperty("lateWeeklySummaries").GetInt64());
    }

    private static void AssertNear(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e)
        {
            Assert.Equal(e, actual!.Value, 9);
        }
    }
}
