using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Dashboards;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Reporting.Tests.Dashboards;

/// <summary>The console's dashboard reads the same figures as GET /api/reports/overview: one piece of code serves both.</summary>
[Collection(ReportingCollection.Name)]
public sealed class DashboardFiguresTests(ReportingFixture fixture)
{
    [Fact]
    public async Task I13_TheDashboardsOverview_IsTheOverviewEndpointsAnswer_ForTheSameScopeAndPeriod()
    {
        await fixture.Host.ClientAs("cc-agent-1").Register(TicketApi.Complaint($"I13 儀表板 {Guid.NewGuid():N}"));
        var endpoint = await fixture.Host.ClientAs(Demo.QualityHead).GetFromJsonAsync<JsonElement>("/api/reports/overview?scope=branch:north");

        var dashboard = await fixture.Host.App.Services.GetRequiredService<IDashboardFigures>()
            .For(ReportScope.Branch(Demo.North), DashboardPeriod.ThisMonth);

        var overview = dashboard.Overview;
        Assert.True(overview.Received.Total > 0);
        Assert.Equal(endpoint.GetProperty("period").GetProperty("from").GetDateTimeOffset(), overview.Period.From);
        Assert.Equal(endpoint.GetProperty("period").GetProperty("to").GetDateTimeOffset(), overview.Period.To);
        Assert.Equal(endpoint.GetProperty("received").GetProperty("total").GetInt64(), overview.Received.Total);
        Assert.Equal(endpoint.GetProperty("penaltyPoints").GetDecimal(), overview.PenaltyPoints);
        Assert.Equal(
            endpoint.GetProperty("clocks").EnumerateArray().Select(c => (c.GetProperty("clock").GetString(), c.GetProperty("metOnTime").GetInt64(), c.GetProperty("running").GetInt64())),
            overview.Clocks.Select(c => ((string?)c.Clock, c.MetOnTime, c.Running)));
        Assert.Equal(
            endpoint.GetProperty("sameIssues").EnumerateArray().Select(s => (s.GetProperty("issueKey").GetString(), s.GetProperty("households").GetInt64())),
            overview.SameIssues.Select(s => ((string?)s.IssueKey, s.Households)));
        Assert.Equal(endpoint.GetProperty("sameIssueKeys").GetInt64(), overview.SameIssueKeys);

        // A branch's dashboard lists its own projects' penalties (not branch south's), and eight trend weeks, the last holding the ticket just registered.
        Assert.Contains(dashboard.Projects, p => p.ProjectId == "p-riverside");
        Assert.Contains(dashboard.Projects, p => p.ProjectId == Demo.Sunrise);
        Assert.DoesNotContain(dashboard.Projects, p => p.ProjectId == "p-harbour");
        Assert.Equal(DashboardFigures.TrendWeeks, dashboard.Trend.Count);
        Assert.True(dashboard.Trend[^1].Registered > 0);
    }
}
