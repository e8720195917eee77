using System.Net;
using System.Threading.Channels;
using Hotline.Live.Contracts;
using Hotline.Reporting.Tests.Bulletins;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>
/// A8.1.4 and A10.1.3.5 in the console: a release of a week's analysis and a bulletin published each tell the pages
/// showing them, by id only (company-wide: no project, branch or person). Waits for each change; never sleeps.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class ReleaseLiveTests(ReportingFixture fixture)
{
    // A week and a month no other test of the collection releases or publishes, both long over on the fixture's clock.
    private const string Week = "2026-W20";
    private const string Month = "2025-07";

    [Fact]
    public async Task A8_1_4_A10_1_3_5_A_Release_And_A_Publication_Each_Publish_Their_Change_By_Id()
    {
        var changes = Channel.CreateUnbounded<LiveChange>();
        using var subscription = fixture.Host.App.Services.GetRequiredService<ILiveChanges>().Subscribe(
            c => c.Topic is LiveTopic.WeeklyAnalysis or LiveTopic.Bulletin,
            c => changes.Writer.WriteAsync(c).AsTask());

        using var released = await fixture.Host.ClientAs(Demo.QualityHead).PostAsync($"/api/reports/weekly-analyses/{Week}/release", null);
        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        var analysis = await Pushed.Next(changes);
        var (published, _) = await fixture.Publish(Demo.QualityHead, Month);
        Assert.Equal(HttpStatusCode.Created, published);
        var bulletin = await Pushed.Next(changes);

        Assert.Equal((LiveTopic.WeeklyAnalysis, Week, (string?)null, (string?)null, (string?)null),
            (analysis.Topic, analysis.Id, analysis.ProjectId, analysis.BranchId, analysis.PersonId));
        Assert.Equal((LiveTopic.Bulletin, Month, (string?)null, (string?)null, (string?)null),
            (bulletin.Topic, bulletin.Id, bulletin.ProjectId, bulletin.BranchId, bulletin.PersonId));
    }
}
