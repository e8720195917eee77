using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>A11.1.1: the project answers which earlier ticket of the same household and issue a new one repeats.</summary>
[Collection(OrganizationCollection.Name)]
public sealed class RepeatComplaintTests(OrganizationFixture fixture)
{
    private IProjectGrain Greenhill => fixture.Grains.GetGrain<IProjectGrain>("p-greenhill");

    [Fact]
    public async Task A11_1_1_RepeatOf_FoundWithinTheRepeatWindow()
    {
        var key = Reports.NewKey("leak");
        var first = Reports.New(fixture.Clock, key, "5-501");
        Assert.Null((await Greenhill.RecordIssue(first)).RepeatOf);
        Assert.Null((await Greenhill.RecordIssue(Reports.New(fixture.Clock, key, "5-502"))).RepeatOf);
        Assert.Null((await Greenhill.RecordIssue(Reports.New(fixture.Clock, Reports.NewKey("other"), "5-501"))).RepeatOf);
        fixture.Clock.Advance(TimeSpan.FromDays(29));

        var second = Reports.New(fixture.Clock, key, "5-501");
        Assert.Equal(first.TicketId, (await Greenhill.RecordIssue(second)).RepeatOf);
        var third = await Greenhill.RecordIssue(Reports.New(fixture.Clock, key, "5-501"));

        Assert.Equal(second.TicketId, third.RepeatOf);
    }

    [Fact]
    public async Task A11_1_1_RepeatOf_NotAfterTheRepeatWindow()
    {
        var key = Reports.NewKey("leak");
        await Greenhill.RecordIssue(Reports.New(fixture.Clock, key, "6-601"));
        fixture.Clock.Advance(TimeSpan.FromDays(31));

        var late = await Greenhill.RecordIssue(Reports.New(fixture.Clock, key, "6-601"));

        Assert.Null(late.RepeatOf);
    }
}
