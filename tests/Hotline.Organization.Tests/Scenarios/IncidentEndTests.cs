using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>
/// A11.3.3 / A11.3.2: an incident's episode ends when the rolling-window count falls below the threshold; its red
/// warning then closes, and a recurrence is a new incident with a new warning. Needs the Escalation module.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class IncidentEndTests(OrganizationFixture fixture)
{
    private IProjectGrain Sunrise => fixture.Grains.GetGrain<IProjectGrain>("p-sunrise");

    [Fact]
    public async Task A11_3_3_WindowAgesOut_WithoutANewReport_RedWarningClosed_RecurrenceRaisesANewOne()
    {
        var key = Reports.NewKey("pool");
        var first = Warnings.ProjectIncident("p-sunrise", key, 1);
        await Reports.Households(Sunrise, fixture.Clock, key, 60);
        Assert.Equal(WarningStatus.Raised, (await Warnings.Get(fixture.Grains, first))!.Status);

        // No report at all: the project's incident reminder notices the count has dropped and ends the episode.
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        var closed = await Eventually.Get(() => Warnings.Get(fixture.Grains, first), w => w?.Status == WarningStatus.Closed, fixture.Clock, TimeSpan.FromMinutes(30));
        Assert.NotNull(closed!.ClosedAt);
        Assert.Contains("episode ended", closed.CloseReason);
        Assert.Null(Reports.CountOf(await Sunrise.GetIssueCounts(), key)?.IncidentWarningId);

        var again = await Reports.Households(Sunrise, fixture.Clock, key, 60, first: 300);

        var second = Warnings.ProjectIncident("p-sunrise", key, 2);
        Assert.Equal(second, again[59].Result.ProjectIncidentWarningId);
        Assert.Equal(WarningStatus.Raised, (await Warnings.Get(fixture.Grains, second))!.Status);
        Assert.Equal(WarningStatus.Closed, (await Warnings.Get(fixture.Grains, first))!.Status);
    }

    [Fact]
    public async Task A11_3_3_EpisodeEndsOnTheNextReport_OldWarningClosedBeforeTheNewOneIsRaised()
    {
        var key = Reports.NewKey("fence");
        await Reports.Households(Sunrise, fixture.Clock, key, 60);
        fixture.Clock.Advance(TimeSpan.FromDays(31));

        // A report arriving before any reminder tick re-evaluates the window itself.
        var below = await Sunrise.RecordIssue(Reports.New(fixture.Clock, key, Reports.Household(500)));

        Assert.Null(below.ProjectIncidentWarningId);
        Assert.Equal(WarningStatus.Closed, (await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-sunrise", key, 1)))!.Status);
        Assert.Null(await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-sunrise", key, 2)));
    }
}
