using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>
/// Same-issue counters are deactivated after 2 idle minutes (not Orleans' 15), so a counter often starts again between
/// two reports of its key: the count and the threshold must come back from the rows.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class IdleCounterTests(OrganizationFixture fixture)
{
    private IProjectGrain Sunrise => fixture.Grains.GetGrain<IProjectGrain>("p-sunrise");

    [Fact]
    public async Task A11_3_3_CounterDeactivatedBeforeTheSixtiethHousehold_StillRaisesAtExactlyFivePercent()
    {
        // p-sunrise has 1,200 households: the threshold is 60, worked out as 5 % of 1,200.
        var key = Reports.NewKey("idle");
        var first = await Reports.Households(Sunrise, fixture.Clock, key, 59);
        Assert.All(first, r => Assert.Null(r.Result.ProjectIncidentWarningId));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var sixtieth = await Reports.Households(Sunrise, fixture.Clock, key, 1, first: 59);

        Assert.Equal(Warnings.ProjectIncident("p-sunrise", key, 1), sixtieth[0].Result.ProjectIncidentWarningId);
        Assert.Equal(60, Reports.CountOf(await Sunrise.GetIssueCounts(), key)!.Households);
    }
}
