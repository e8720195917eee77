using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>
/// Exactly-once counting under load: 80 households, each reported 2–3 times with new ticket ids, plus
/// exact retries, fired at once through both silos.
/// </summary>
public sealed class TwoSiloConcurrencyTests(TwoHostFixture hosts) : IClassFixture<TwoHostFixture>
{
    [Fact]
    public async Task A11_3_3_ConcurrentReportsThroughTwoSilos_CountEachHouseholdOnce()
    {
        var key = Reports.NewKey("concurrent");
        var (reports, results) = await FireAtOnce("p-harbour", key);

        Assert.Equal(new IssueCount(key, 80, 100, null), await CountAt(hosts.Factories[1].GetGrain<IProjectGrain>("p-harbour").GetIssueCounts(), key));
        Assert.Equal(80, (await CountAt(hosts.Factories[0].GetGrain<IBranchGrain>("south").GetIssueCounts(), key)).Households);
        Assert.Equal(80, (await CountAt(hosts.Factories[1].GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts(), key)).Households);
        Assert.All(results, r => Assert.Null(r.ProjectIncidentWarningId));
        Assert.Equal(200, reports.Select(r => r.TicketId).Distinct().Count());
    }

    /// <summary>Needs the Escalation module: p-sunrise's threshold is 60, so exactly one warning is raised.</summary>
    [Fact]
    public async Task A11_3_3_ConcurrentReportsThroughTwoSilos_RaiseExactlyOneWarning()
    {
        var key = Reports.NewKey("concurrent");
        var (reports, results) = await FireAtOnce("p-sunrise", key);

        var expected = Warnings.ProjectIncident("p-sunrise", key, 1);
        Assert.Equal(new IssueCount(key, 80, 60, expected), await CountAt(hosts.Factories[0].GetGrain<IProjectGrain>("p-sunrise").GetIssueCounts(), key));
        Assert.Equal([expected], results.Select(r => r.ProjectIncidentWarningId).OfType<Guid>().Distinct());
        var warning = await Warnings.Get(hosts.Factories[1], expected);
        Assert.NotNull(warning);
        // 200 distinct tickets joined; the warning names its first 100 of them, each once.
        Assert.Equal(100, warning.Subject.LinkedTickets.Distinct().Count());
        Assert.Subset(reports.Select(r => r.TicketId).ToHashSet(), warning.Subject.LinkedTickets.ToHashSet());
        Assert.Null(await Warnings.Get(hosts.Factories[0], Warnings.ProjectIncident("p-sunrise", key, 2)));
    }

    /// <summary>200 tickets of 80 households (40 × 3 + 40 × 2) and 40 exact retries, shuffled, alternating silos.</summary>
    private async Task<(List<IssueReport> Reports, IssueRecordResult[] Results)> FireAtOnce(string projectId, string key)
    {
        var clock = hosts.Cluster.Clock;
        var tickets = Enumerable.Range(0, 80)
            .SelectMany(h => Enumerable.Range(0, h % 2 == 0 ? 3 : 2).Select(_ => Reports.New(clock, key, Reports.Household(h))))
            .ToList();
        var random = new Random(4700);
        var calls = tickets.Concat(tickets.OrderBy(_ => random.Next()).Take(40)).OrderBy(_ => random.Next()).ToList();

        var results = await Task.WhenAll(calls.Select((report, i) =>
            hosts.Factories[i % 2].GetGrain<IProjectGrain>(projectId).RecordIssue(report)));
        return (calls, results);
    }

    private static async Task<IssueCount> CountAt(Task<System.Collections.Immutable.ImmutableArray<IssueCount>> counts, string key) =>
        Reports.CountOf(await counts, key) ?? throw new Xunit.Sdk.XunitException($"no count for {key}");
}
