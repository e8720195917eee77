using Hotline.Organization.Issues;
using Hotline.Organization.SameIssue;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Issues;

/// <summary>The shared counting rules (project and company counters use the same window and threshold).</summary>
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
    public void A11_3_SameHouseholdManyTickets_CountsOnce_AndDoorNumbersDifferPerProject()
    {
        var window = new HouseholdWindow();
        foreach (var household in new[] { "1-101", "1-101", " 1-101 ", "1-101" })
        {
            window.Add(SameIssueKey.CompanyHousehold("p-a", SameIssueKey.Household(household)), Now);
        }

        window.Add(SameIssueKey.CompanyHousehold("p-b", SameIssueKey.Household("1-101")), Now);

        Assert.Equal(2, window.CountAt(Now, Rules.Window));
    }

    [Fact]
    public void A11_3_Household_IsTrimmed_AndCaseBlind()
    {
        Assert.Equal(SameIssueKey.Household("3-1201a"), SameIssueKey.Household(" 3-1201A "));
        Assert.NotEqual(SameIssueKey.CompanyHousehold("p-a", "1-101"), SameIssueKey.CompanyHousehold("p-b", "1-101"));
    }

    [Fact]
    public void A11_3_Window_CountsTicketsYoungerThanThirtyDays()
    {
        var window = new HouseholdWindow();
        window.Add("old", Now - TimeSpan.FromDays(30));
        window.Add("young", Now - TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        Assert.Equal(1, window.CountAt(Now, Rules.Window));
    }

    [Fact]
    public void A11_3_LaterReport_KeepsTheHouseholdInTheWindow_AnEarlierOneDoesNot()
    {
        var window = new HouseholdWindow();
        window.Add("1-101", Now - TimeSpan.FromDays(29));
        window.Add("1-101", Now - TimeSpan.FromDays(40)); // older than what is known: changes nothing

        Assert.Equal(1, window.CountAt(Now, Rules.Window));
        Assert.Equal(0, window.CountAt(Now + TimeSpan.FromDays(1), Rules.Window));

        window.Add("1-102", Now - TimeSpan.FromDays(10));
        window.Add("1-102", Now);
        Assert.Equal(1, window.CountAt(Now + TimeSpan.FromDays(25), Rules.Window));
    }

    [Fact]
    public void A11_3_CounterKeys_RoundTrip()
    {
        Assert.Equal(SameIssueKey.Project("p-sunrise", "lift@3"), SameIssueKey.Parse(SameIssueKey.Project("p-sunrise", "lift@3").GrainKey));
        Assert.Equal(SameIssueKey.Company("lift@3"), SameIssueKey.Parse(SameIssueKey.Company("lift@3").GrainKey));
    }
}
