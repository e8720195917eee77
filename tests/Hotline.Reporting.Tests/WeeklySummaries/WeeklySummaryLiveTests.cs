using System.Threading.Channels;
using Hotline.Live.Contracts;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Reporting.Tests.WeeklySummaries;

/// <summary>
/// A10.1.3.4 in the console: drafting a summary and every act on it (remarks, signatures) tell the pages showing it,
/// with the project and branch it belongs to (ids only). Waits for each change; never sleeps.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklySummaryLiveTests(ReportingFixture fixture)
{
    private const string Week = "2026-W36";

    [Fact]
    public async Task A10_1_3_4_Draft_Remarks_And_Signature_Each_Publish_A_WeeklySummary_Change_Of_The_Project()
    {
        var changes = Channel.CreateUnbounded<LiveChange>();
        var id = $"{Demo.Sunrise}/{Week}";
        using var subscription = fixture.Host.App.Services.GetRequiredService<ILiveChanges>().Subscribe(
            c => c.Topic == LiveTopic.WeeklySummary && c.Id == id,
            c => changes.Writer.WriteAsync(c).AsTask());

        await fixture.Host.Draft(Week);
        var drafted = await Pushed.Next(changes);
        var remarked = await fixture.Host.Post(Demo.SunriseLiaison, $"{Summaries.Path(Demo.Sunrise, Week)}/remarks", new { remarks = "電梯已修復" });
        var afterRemarks = await Pushed.Next(changes);
        var signed = await fixture.Host.Sign(Demo.SunriseManager, Demo.Sunrise, Week, remarked.Body.Hash());
        var afterSignature = await Pushed.Next(changes);

        Assert.Equal(System.Net.HttpStatusCode.OK, signed.Status);
        Assert.All(new[] { drafted, afterRemarks, afterSignature }, c =>
        {
            Assert.Equal(Demo.Sunrise, c.ProjectId);
            Assert.Equal(Demo.North, c.BranchId);
            Assert.Null(c.PersonId);
        });
    }
}
