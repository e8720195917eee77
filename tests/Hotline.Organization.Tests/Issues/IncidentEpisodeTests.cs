using Hotline.Organization.Issues;
using Hotline.Organization.SameIssue;
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
        var window = Window(4, Now);
        var s = Check(new SameIssueState(), window, Now, Households);
        Assert.False(s.Open);
        Assert.False(s.HasPendingWarnings);

        window.Add("p/fifth", Now);
        s = Check(s, window, Now, Households);

        Assert.True(s.Open);
        Assert.Equal(1, s.Episode);
        Assert.True(s.RaisePending);
    }

    [Fact]
    public void A11_3_3_MoreReportsWhileOpen_StayInTheSameEpisode_NothingRaisedAgain()
    {
        var window = Window(5, Now);
        var open = Check(new SameIssueState(), window, Now, Households) with { RaisePending = false };

        window.Add("p/sixth", Now);
        window.Add("p/0", Now); // the same household again

        Assert.Same(open, Check(open, window, Now, Households));
        Assert.Equal(6, window.CountAt(Now, Rules.Window));
    }

    [Fact]
    public void A11_3_3_WindowEmptiedBelowThreshold_NextIncidentIsEpisodeTwo()
    {
        var window = Window(5, Now);
        var s = Check(new SameIssueState(), window, Now, Households) with { RaisePending = false };
        var later = Now + TimeSpan.FromDays(31);

        s = Check(s, window, later, Households) with { EpisodesToClose = [] };
        Assert.False(s.Open);
        Assert.Equal(0, window.CountAt(later, Rules.Window));
        Assert.Equal(1, s.Episode); // it remembers its episodes

        for (var i = 10; i < 15; i++)
        {
            window.Add($"p/{i}", later);
        }

        s = Check(s, window, later, Households);
        Assert.True(s.Open);
        Assert.Equal(2, s.Episode);
        Assert.True(s.RaisePending);
    }

    [Fact]
    public void A11_3_3_FewerHouseholds_ReachesTheThresholdWithoutANewReport()
    {
        var window = Window(3, Now);

        Assert.False(Check(new SameIssueState(), window, Now, Households).Open);
        var lowered = Check(new SameIssueState(), window, Now, 60); // threshold 3

        Assert.True(lowered.Open);
        Assert.True(lowered.RaisePending);
    }

    [Fact]
    public void A11_3_3_CountFallsBelowTheThreshold_EpisodeEnds_ItsWarningToClose()
    {
        var window = Window(5, Now);
        var s = Check(new SameIssueState(), window, Now, Households) with { RaisePending = false };

        var ended = Check(s, window, Now + TimeSpan.FromDays(31), Households);

        Assert.False(ended.Open);
        Assert.Equal([1L], ended.EpisodesToClose.ToArray());
        Assert.True(ended.HasPendingWarnings);
        Assert.Same(ended, Check(ended, window, Now + TimeSpan.FromDays(32), Households));
    }

    [Fact]
    public void A11_3_3_MoreHouseholds_EndsTheEpisodeWithoutANewReport()
    {
        var window = Window(5, Now);
        var s = Check(new SameIssueState(), window, Now, Households) with { RaisePending = false };

        var ended = Check(s, window, Now, 101); // threshold 6

        Assert.False(ended.Open);
        Assert.Equal([1L], ended.EpisodesToClose.ToArray());
    }

    private static SameIssueState Check(SameIssueState s, HouseholdWindow window, DateTimeOffset now, int households) =>
        IncidentTransitions.Reevaluate(s, Rules.Reached(window.CountAt(now, Rules.Window), households));

    private static HouseholdWindow Window(int households, DateTimeOffset at)
    {
        var window = new HouseholdWindow();
        for (var i = 0; i < households; i++)
        {
            window.Add($"p/{i}", at);
        }

        return window;
    }
}
