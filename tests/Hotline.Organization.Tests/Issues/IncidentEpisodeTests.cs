using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Issues;

/// <summary>A11.3.3 incidents: one per episode; an episode ends when the count falls below the threshold.</summary>
public sealed class IncidentEpisodeTests
{
    private const int Households = 100; // threshold 5
    private static readonly SameIssueRules Rules = new(new TestPolicy());
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A11_3_3_ReachingTheThreshold_OpensEpisodeOne_ToRaise()
    {
        var w = Record(new IssueWindow(), 4, Now);
        Assert.False(w.Open);
        Assert.False(w.HasPendingWarnings);

        w = Record(w, 1, Now, first: 4);

        Assert.True(w.Open);
        Assert.Equal(1, w.Episode);
        Assert.True(w.RaisePending);
        Assert.Empty(w.PendingLinks);
    }

    [Fact]
    public void A11_3_3_NewTicketsWhileOpen_AreLinked_RepeatsOfATicketAreNot()
    {
        var w = Record(new IssueWindow(), 5, Now) with { RaisePending = false };
        var sixth = Report(6, Now);
        var sameHouseholdAgain = Report(1, Now);

        w = IssueTracking.Record(w, "p", sixth, Rules, Now, Households).Window;
        w = IssueTracking.Record(w, "p", sixth, Rules, Now, Households).Window;
        w = IssueTracking.Record(w, "p", sameHouseholdAgain, Rules, Now, Households).Window;

        Assert.Equal([sixth.TicketId, sameHouseholdAgain.TicketId], w.PendingLinks.ToArray());
        Assert.False(w.RaisePending);
        Assert.Equal(1, w.Episode);
    }

    [Fact]
    public void A11_3_3_WindowEmptiedBelowThreshold_NextIncidentIsEpisodeTwo()
    {
        var w = Record(new IssueWindow(), 5, Now) with { RaisePending = false };
        var later = Now + TimeSpan.FromDays(31);

        w = IssueTracking.Reevaluate(w, Rules, later, Households);
        Assert.False(w.Open);
        Assert.Empty(w.Households);
        Assert.False(w.IsEmpty); // kept: it remembers its episodes

        w = Record(w, 5, later, first: 10);
        Assert.True(w.Open);
        Assert.Equal(2, w.Episode);
        Assert.True(w.RaisePending);
    }

    [Fact]
    public void A11_3_3_FewerHouseholds_ReachesTheThresholdWithoutANewReport()
    {
        var w = Record(new IssueWindow(), 3, Now);

        Assert.False(IssueTracking.Reevaluate(w, Rules, Now, Households).Open);
        var lowered = IssueTracking.Reevaluate(w, Rules, Now, 60);

        Assert.True(lowered.Open);
        Assert.True(lowered.RaisePending);
    }

    [Fact]
    public void A11_3_3_CountFallsBelowTheThreshold_EpisodeEnds_ItsWarningToClose()
    {
        var w = Record(new IssueWindow(), 5, Now) with { RaisePending = false };

        var ended = IssueTracking.Reevaluate(w, Rules, Now + TimeSpan.FromDays(31), Households);

        Assert.False(ended.Open);
        Assert.Equal([1L], ended.EpisodesToClose.ToArray());
        Assert.True(ended.HasPendingWarnings);
        Assert.Same(ended, IssueTracking.Reevaluate(ended, Rules, Now + TimeSpan.FromDays(32), Households));
    }

    [Fact]
    public void A11_3_3_MoreHouseholds_EndsTheEpisodeWithoutANewReport()
    {
        var w = Record(new IssueWindow(), 5, Now) with { RaisePending = false };

        var ended = IssueTracking.Reevaluate(w, Rules, Now, 101);

        Assert.False(ended.Open);
        Assert.Equal([1L], ended.EpisodesToClose.ToArray());
    }

    private static IssueWindow Record(IssueWindow w, int count, DateTimeOffset at, int first = 0)
    {
        for (var i = first; i < first + count; i++)
        {
            w = IssueTracking.Record(w, "p", Report(i, at), Rules, at, Households).Window;
        }

        return w;
    }

    private static IssueReport Report(int household, DateTimeOffset at) => new(Guid.NewGuid(), "k", Reports.Household(household), at);
}
