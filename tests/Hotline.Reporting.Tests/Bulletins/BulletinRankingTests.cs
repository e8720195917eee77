using Hotline.Reporting.Bulletins;
using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Tests.Bulletins;

/// <summary>The ranking rule on its own: fewest penalty points, then the higher on-time rate (none last), then the id.</summary>
public sealed class BulletinRankingTests
{
    [Fact]
    public void A10_1_3_5_Ranking_FewestPointsFirst_ThenHigherOnTimeRate_NoRateLast_ThenId()
    {
        var ranked = BulletinRanking.Rank(
        [
            Branch("e", points: 2m, met: 9, breached: 1),   // most points: last
            Branch("d", points: 0m, met: 0, breached: 0),   // no clock decided: after those with a rate
            Branch("c", points: 0m, met: 1, breached: 1),   // 0.5
            Branch("b", points: 0m, met: 3, breached: 1),   // 0.75
            Branch("a", points: 0m, met: 1, breached: 1),   // 0.5, ties with c: a before c
        ]);

        Assert.Equal(["b", "a", "c", "d", "e"], ranked.Select(b => b.Id));
        Assert.Equal([1, 2, 3, 4, 5], ranked.Select(b => b.Rank!.Value));
    }

    private static BulletinUnit Branch(string id, decimal points, long met, long breached)
    {
        var figures = new BulletinFigures(0, [], [], [], [new ClockFigures("Start", met, 0, breached, 0, null)],
            met + breached == 0 ? null : (double)met / (met + breached), [], 0, null, 0, null, points, 0,
            new SuggestionFigures(0, 0, 0), null, new RatingFigures(0, null, null, null), 0);
        return BulletinUnit.Of(id, id, figures, BulletinHeadline.Unknown, BulletinHeadline.Unknown);
    }
}
