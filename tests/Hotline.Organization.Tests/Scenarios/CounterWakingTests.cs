using Hotline.Organization.Contracts;
using Hotline.Organization.SameIssue;
using Hotline.Organization.Tests.Support;
using Npgsql;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>
/// A11.3.3 with the project counting a report from the rows and waking its key's counter only when the threshold is
/// reached or the counter keeps an incident (issue 14). p-harbour has 2,000 households: its threshold is 5 % = 100.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class CounterWakingTests(OrganizationFixture fixture)
{
    private IProjectGrain Harbour => fixture.Grains.GetGrain<IProjectGrain>("p-harbour");

    [Fact]
    public async Task A11_3_3_BelowTheThreshold_NoCounterIsWoken_AndTheCountComesFromTheRows()
    {
        var building = Reports.NewKey("gate") + "/building-4";

        var results = await Report(building, 0, 5);

        Assert.All(results, r => Assert.Equal((null, null), (r.ProjectIncidentWarningId, r.CompanyIncidentWarningId)));
        Assert.Equal(0, await Activations(SameIssueKey.Project("p-harbour", building)));
        Assert.Equal(0, await Activations(SameIssueKey.Company($"{building}@p-harbour")));
        Assert.Equal(5, Reports.CountOf(await Harbour.GetIssueCounts(), building)!.Households);
    }

    [Fact]
    public async Task A11_3_3_CounterAwakeWhileReportsPassedItBy_RaisesAtExactlyTheHundredthHousehold()
    {
        var building = Reports.NewKey("roof") + "/building-5";
        Assert.Equal(2000, (await Harbour.GetInfo())!.Households);

        // Someone read the count: the counter is awake with an empty window, and the next 99 reports pass it by.
        Assert.Equal(0, (await Counter(building).GetCount()).Households);
        var below = await Report(building, 0, 99);
        var reaching = await Report(building, 99, 1);

        Assert.All(below, r => Assert.Null(r.ProjectIncidentWarningId));
        Assert.Equal(Warnings.ProjectIncident("p-harbour", building, 1), reaching[0].ProjectIncidentWarningId);
    }

    [Fact]
    public async Task A11_3_3_HundredHouseholdsReportingAtOnce_OpenTheIncidentOnce()
    {
        var key = Reports.NewKey("heating");

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Harbour.RecordIssue(Reports.New(fixture.Clock, key, Reports.Household(i)))));

        // One at a time per key: the report counted last is the 100th household and opens the incident; none before it.
        var expected = Warnings.ProjectIncident("p-harbour", key, 1);
        Assert.Single(results, r => r.ProjectIncidentWarningId == expected);
        Assert.Equal(99, results.Count(r => r.ProjectIncidentWarningId is null));
        var count = Reports.CountOf(await Harbour.GetIssueCounts(), key)!;
        Assert.Equal((100, expected), (count.Households, count.IncidentWarningId));
    }

    [Fact]
    public async Task A11_3_3_AnOpenIncidentIsMarked_AndItsMarkGoesWhenItEnds()
    {
        var key = Reports.NewKey("drain");
        var counter = SameIssueKey.Project("p-harbour", key).GrainKey;
        await Report(key, 0, 99);
        Assert.False(await Marked(counter));

        var reaching = await Report(key, 99, 1);
        Assert.Equal(Warnings.ProjectIncident("p-harbour", key, 1), reaching[0].ProjectIncidentWarningId);
        Assert.True(await Marked(counter));

        // A month later one household reports: its report reaches the marked counter, which ends the incident and unmarks.
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        var after = await Report(key, 500, 1);

        Assert.Null(after[0].ProjectIncidentWarningId);
        Assert.Contains("episode ended", (await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-harbour", key, 1)))!.SubjectEnded);
        Assert.False(await Marked(counter));
    }

    private ISameIssueGrain Counter(string key) => fixture.Grains.GetGrain<ISameIssueGrain>(SameIssueKey.Project("p-harbour", key).GrainKey);

    private Task<int> Activations(SameIssueKey key) =>
        fixture.Grains.GetGrain<IManagementGrain>(0).GetGrainActivationCount((GrainReference)fixture.Grains.GetGrain<ISameIssueGrain>(key.GrainKey));

    private async Task<bool> Marked(string counterKey)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select exists (select 1 from same_issue_incidents where counter_key = @key)", connection);
        command.Parameters.AddWithValue("key", counterKey);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>One new ticket each for households <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, a local issue when the key names a building.</summary>
    private async Task<List<IssueRecordResult>> Report(string key, int first, int count) =>
        [.. (await Reports.Households(Harbour, fixture.Clock, key, count, first, local: key.Contains('/'))).Select(r => r.Result)];
}
