using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Issues;

/// <summary>The shared counting rules (project, branch and company use the same functions).</summary>
public sealed class IssueTrackingTests
{
    private static readonly SameIssueRules Rules = new(new TestPolicy());
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1200, 60)]
    [InlineData(4700, 235)]
    [InlineData(860, 43)]
    [InlineData(640, 32)]
    [InlineData(10, 1)]
    public void A11_3_Threshold_IsFivePercentRoundedUp(int households, int threshold)
    {
        Assert.Equal(threshold, Rules.Threshold(households));
        Assert.True(Rules.Reached(threshold, households));
        Assert.False(Rules.Reached(threshold - 1, households));
    }

    [Fact]
    public void A11_3_NoHouseholds_NoThreshold()
    {
        Assert.Null(Rules.Threshold(0));
        Assert.Null(Rules.Threshold(null));
        Assert.False(Rules.Reached(1000, 0));
        Assert.False(Rules.Reached(1000, null));
    }

    [Fact]
    public void A11_3_SameTicketTwice_ChangesNothing()
    {
        var report = Report("1-101", Now);
        var (once, ticket) = IssueTracking.Record(new IssueWindow(), "p", report, Rules, Now, 1200);

        var (twice, again) = IssueTracking.Record(once, "p", report, Rules, Now, 1200);

        Assert.Same(once, twice);
        Assert.Equal(ticket, again);
    }

    [Fact]
    public void A11_3_SameHouseholdManyTickets_CountsOnce_AndDoorNumbersDifferPerProject()
    {
        var w = new IssueWindow();
        foreach (var household in new[] { "1-101", "1-101", " 1-101 ", "1-101" })
        {
            w = IssueTracking.Record(w, "p-a", Report(household, Now), Rules, Now, null).Window;
        }

        w = IssueTracking.Record(w, "p-b", Report("1-101", Now), Rules, Now, null).Window;

        Assert.Equal(2, IssueWindows.Count(w, Rules, Now));
        Assert.Equal(5, IssueWindows.Tickets(w, Rules, Now).Length);
    }

    [Fact]
    public void A11_3_Window_CountsTicketsYoungerThanThirtyDays()
    {
        var w = IssueTracking.Record(new IssueWindow(), "p", Report("old", Now - TimeSpan.FromDays(30)), Rules, Now, null).Window;
        w = IssueTracking.Record(w, "p", Report("young", Now - TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1)), Rules, Now, null).Window;

        Assert.Equal(1, IssueWindows.Count(w, Rules, Now));
        Assert.Single(w.Households);
    }

    [Fact]
    public void A11_1_1_RepeatOf_IsTheLatestEarlierTicketWithinTheRepeatWindow()
    {
        var first = Report("1-101", Now - TimeSpan.FromDays(20));
        var second = Report("1-101", Now - TimeSpan.FromDays(10));
        var other = Report("1-102", Now - TimeSpan.FromDays(5));
        var w = new IssueWindow();
        foreach (var r in new[] { first, second, other })
        {
            w = IssueTracking.Record(w, "p", r, Rules, Now, null).Window;
        }

        var (_, third) = IssueTracking.Record(w, "p", Report("1-101", Now), Rules, Now, null);

        Assert.Equal(second.TicketId, third.RepeatOf);
        Assert.Equal(first.TicketId, IssueWindows.Find(w, second.TicketId)!.RepeatOf);
        Assert.Null(IssueWindows.Find(w, first.TicketId)!.RepeatOf);
        Assert.Null(IssueWindows.Find(w, other.TicketId)!.RepeatOf);
    }

    private static IssueReport Report(string household, DateTimeOffset at) => new(Guid.NewGuid(), "k", household, at);
}
