using System.Net;
using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>A12: verified warnings deduct blue 0.2, yellow 0.5, red 1 from their branch and QualityDept's item, in the month of verification.</summary>
[Collection(EscalationCollection.Name)]
public sealed class PenaltyLedgerTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A12_verified_warnings_book_points_by_level_in_the_month_of_verification()
    {
        var month = WarningDriver.MonthOf(fixture.Clock.GetUtcNow());
        var before = await _warnings.Scores(month);

        var blue = await _warnings.RaiseVerified(WarningLevel.Blue);
        var yellow = await _warnings.RaiseVerified(WarningLevel.Yellow);
        var red = await _warnings.RaiseVerified(WarningLevel.Red);

        foreach (var (warning, points) in new[] { (blue, 0.2m), (yellow, 0.5m), (red, 1.0m) })
        {
            var entry = Assert.Single(await fixture.Ledger.EntriesFor(warning.Id));
            Assert.Equal((PenaltyEntryKind.Deduction, points, Demo.North, WarningDriver.MonthOf(warning.VerifiedAt!.Value)), (entry.Kind, entry.Points, entry.BranchId, entry.Month));
        }

        var after = await _warnings.Scores(month);
        var (north0, north1) = (Branch(before, Demo.North), Branch(after, Demo.North));
        Assert.Equal((1, 1, 1, 1.7m), (north1.Blue - north0.Blue, north1.Yellow - north0.Yellow, north1.Red - north0.Red, north1.Points - north0.Points));
        Assert.Equal(1.7m, after.QualityDept.Points - before.QualityDept.Points);
        Assert.Equal(QualityDeptPenaltyItem.PlatformComplaints, after.QualityDept.Item);
    }

    [Fact]
    public async Task A12_a_raised_but_unverified_warning_books_nothing()
    {
        var raised = await _warnings.Raise(WarningLevel.Red);
        await _warnings.Verify(raised.Id); // one of the two red verifiers

        Assert.Empty(await fixture.Ledger.EntriesFor(raised.Id));
    }

    [Fact]
    public async Task A12_reversal_books_a_negative_entry_that_scores_count()
    {
        var yellow = await _warnings.RaiseVerified(WarningLevel.Yellow);
        var month = WarningDriver.MonthOf(yellow.VerifiedAt!.Value);
        var before = await _warnings.Scores(month);

        var noReason = await fixture.Http.PostAsJsonAsync("/api/scores/reversals", new { warningId = yellow.Id, personId = Demo.QualityHead });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await WarningDriver.Problem(noReason)).GetProperty("errors").TryGetProperty("reason", out _));

        var response = await fixture.Http.PostAsJsonAsync("/api/scores/reversals", new { warningId = yellow.Id, reason = "核實有誤：非本公司責任", personId = Demo.QualityHead });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reversal = (await response.Content.ReadFromJsonAsync<PenaltyEntry>(Json.Options))!;
        Assert.Equal((PenaltyEntryKind.Reversal, -0.5m, month, Demo.QualityHead), (reversal.Kind, reversal.Points, reversal.Month, reversal.BookedBy));

        var retry = await fixture.Http.PostAsJsonAsync("/api/scores/reversals", new { warningId = yellow.Id, reason = "again", personId = Demo.QualityHead });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(reversal.EntryId, (await retry.Content.ReadFromJsonAsync<PenaltyEntry>(Json.Options))!.EntryId);

        var entries = await fixture.Ledger.EntriesFor(yellow.Id);
        Assert.Equal([0.5m, -0.5m], entries.Select(e => e.Points));
        var after = await _warnings.Scores(month);
        Assert.Equal(-0.5m, after.QualityDept.Points - before.QualityDept.Points);
        Assert.Equal(-1, Branch(after, Demo.North).Yellow - Branch(before, Demo.North).Yellow);
    }

    [Fact]
    public async Task A12_nothing_to_reverse_for_a_warning_without_deduction()
    {
        var raised = await _warnings.Raise(WarningLevel.Blue);

        var response = await fixture.Http.PostAsJsonAsync("/api/scores/reversals", new { warningId = raised.Id, reason = "x", personId = Demo.QualityHead });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await fixture.Ledger.EntriesFor(raised.Id));
    }

    [Fact]
    public async Task A12_scores_name_a_malformed_month()
    {
        foreach (var month in new[] { "2026-13", "2026-1", "November", "2026-11-01" })
        {
            var response = await fixture.Host.ClientAs("qd-staff").GetAsync($"/api/scores?month={month}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await WarningDriver.Problem(response)).GetProperty("errors").TryGetProperty("month", out _));
        }
    }

    private static BranchPenaltyScore Branch(PenaltyScores scores, string branch) =>
        scores.Branches.SingleOrDefault(b => b.BranchId == branch) ?? new BranchPenaltyScore(branch, 0, 0, 0, 0m);
}
