using Hotline.Organization.Contracts;

namespace Hotline.Organization.Tests.Issues;

/// <summary>A11.3: the one same-issue rule both the live counters and the reports apply (5 % worked by hand).</summary>
public sealed class SameIssueShareTests
{
    [Theory]
    [InlineData(2, 40, true)]     // 200 ≥ 5 × 40 = 200: exactly the line
    [InlineData(1, 40, false)]    // 100 < 200
    [InlineData(6, 120, true)]    // 600 ≥ 600
    [InlineData(5, 120, false)]   // 500 < 600
    [InlineData(1, 19, true)]     // 100 ≥ 95
    [InlineData(1, 21, false)]    // 100 < 105
    public void A11_3_2_reached_at_or_above_five_percent_of_households(long households, long total, bool reached) =>
        Assert.Equal(reached, SameIssueShare.Reached(households, total, 5m));

    [Fact]
    public void A11_3_2_never_reached_without_registered_or_reporting_households()
    {
        Assert.False(SameIssueShare.Reached(1000, 0, 5m));
        Assert.False(SameIssueShare.Reached(0, 100, 5m));
        Assert.False(SameIssueShare.Reached(0, 100, 0m));
    }
}
