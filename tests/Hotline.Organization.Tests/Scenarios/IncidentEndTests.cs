using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>
/// A11.3.3 / A11.3.2: an incident's episode ends when the rolling-window count falls below the threshold; its red
/// warning notes the end (unverified, it stays in the verifiers' queue: issue 10 item 2), and a recurrence is a new
/// incident with a new warning. Needs the Escalation module.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class IncidentEndTests(OrganizationFixture fixture)
{
    private IProjectGrain Sunrise => fixture.Grains.GetGrain<IProjectGrain>("p-sunrise");

    [Fact]
    public async Task A11_3_3_WindowAgesOut_WithoutANewReport_UnverifiedRedWarningNotesTheEndAndStaysRaised_RecurrenceRaisesANewOne()
    {
        var key = Reports.NewKey("pool");
        var first = Warnings.ProjectIncident("p-sunrise", key, 1);
        await Reports.Households(Sunrise, fixture.Clock, key, 60);
        Assert.Equal(WarningStatus.Raised, (await Warnings.Get(fixture.Grains, first))!.Status);

        // No report at all: the project's incident reminder notices the count has dropped and ends the episode.
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        var ended = await Eventually.Get(() => Warnings.Get(fixture.Grains, first), w => w?.SubjectEnded is not null, fixture.Clock, TimeSpan.FromMinutes(30));
        Assert.Equal(WarningStatus.Raised, ended!.Status);
        Assert.Null(ended.ClosedAt);
        Assert.Contains("episode ended", ended.SubjectEnded);
        Assert.Null(Reports.CountOf(await Sunrise.GetIssueCounts(), key)?.IncidentWarningId);

        var again = await Reports.Households(Sunrise, fixture.Clock, key, 60, first: 300);

        var second = Warnings.ProjectIncident("p-sunrise", key, 2);
        Assert.Equal(second, again[59].Result.ProjectIncidentWarningId);
        Assert.Equal(WarningStatus.Raised, (await Warnings.Get(fixture.Grains, second))!.Status);
        Assert.Contains("episode ended", (await Warnings.Get(fixture.Grains, first))!.SubjectEnded);
    }

    [Fact]
    public async Task A11_3_3_EpisodeEndsOnTheNextReport_OldWarningNotesTheEndBeforeTheNewOneIsRaised()
    {
        var key = Reports.NewKey("fence");
        await Reports.Households(Sunrise, fixture.Clock, key, 60);
        fixture.Clock.Advance(TimeSpan.FromDays(31));

        // A report arriving before any reminder tick re-evaluates the window itself.
        var below = await Sunrise.RecordIssue(Reports.New(fixture.Clock, key, Reports.Household(500)));

        Assert.Null(below.ProjectIncidentWarningId);
        var old = (await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-sunrise", key, 1)))!;
        Assert.Equal((WarningStatus.Raised, true), (old.Status, old.SubjectEnded?.Contains("episode ended", StringComparison.Ordinal) == true));
        Assert.Null(await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-sunrise", key, 2)));
    }
}
