using System.Net;
using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>Household counts are data: a change is applied to project, branch and company and re-evaluates every threshold at once.</summary>
public sealed class HouseholdChangeTests(HouseholdsFixture fixture) : IClassFixture<HouseholdsFixture>
{
    private ICompanyGrain Company => fixture.Grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey);

    [Fact]
    public async Task Households_Put_UpdatesProjectBranchAndCompany_Once()
    {
        var company = (await Company.GetInfo())!.Households;
        var south = (await fixture.Grains.GetGrain<IBranchGrain>("south").GetInfo())!.Households;

        for (var i = 0; i < 2; i++)
        {
            var response = await fixture.Http.PutAsJsonAsync("/api/organization/projects/p-greenhill/households", new { households = 700 });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(700, (await response.Content.ReadFromJsonAsync<ProjectInfo>())!.Households);
        }

        Assert.Equal(south + 60, (await fixture.Grains.GetGrain<IBranchGrain>("south").GetInfo())!.Households);
        Assert.Equal(company + 60, (await Company.GetInfo())!.Households);
    }

    /// <summary>
    /// A11.3's 5 % base in reports: the silo's copy of the places (read by reports and dashboards) follows a households
    /// change, though no staff changed (its other trigger). Waits for the change to arrive, bounded; a stale copy fails.
    /// </summary>
    [Fact]
    public async Task A11_3_Households_Put_TheReportsPlacesCopyFollows()
    {
        var places = fixture.Host.App.Services.GetRequiredService<IOrganizationPlaces>();
        var before = await places.Current();
        var sunrise = before.Projects["p-sunrise"].Households;
        var branch = before.Projects["p-sunrise"].BranchId;
        var (branchBefore, companyBefore) = (before.Branches[branch].Households, before.Company!.Households);

        var response = await fixture.Http.PutAsJsonAsync("/api/organization/projects/p-sunrise/households", new { households = sunrise + 15 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var until = DateTime.UtcNow.AddSeconds(10);
        OrganizationPlaces now;
        while ((now = await places.Current()).Projects["p-sunrise"].Households != sunrise + 15)
        {
            Assert.True(DateTime.UtcNow < until, "the places copy still shows the old households 10 s after the change");
            await Task.Delay(20);
        }

        Assert.Equal(branchBefore + 15, now.Branches[branch].Households);
        Assert.Equal(companyBefore + 15, now.Company!.Households);
    }

    /// <summary>Needs the Escalation module.</summary>
    [Fact]
    public async Task A11_3_3_LoweringHouseholds_ReevaluatesAndRaises()
    {
        var key = Reports.NewKey("lighting");
        var riverside = fixture.Grains.GetGrain<IProjectGrain>("p-riverside");
        var results = await Reports.Households(riverside, fixture.Clock, key, 30);
        Assert.All(results, r => Assert.Null(r.Result.ProjectIncidentWarningId));

        var response = await fixture.Http.PutAsJsonAsync("/api/organization/projects/p-riverside/households", new { households = 600 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = Warnings.ProjectIncident("p-riverside", key, 1);
        var counts = await fixture.Http.GetFromJsonAsync<IssueCount[]>("/api/organization/projects/p-riverside/issues");
        Assert.Equal(new IssueCount(key, 30, 30, expected), Reports.CountOf(counts!, key));
        var warning = await Warnings.Get(fixture.Grains, expected);
        Assert.Equal($"A11.3.3: 30 of 600 households (≥5%) report {key} within 30 days", warning!.Rule);
        Assert.Equal(WarningTrigger.ProjectSameIssue, warning.Trigger);
        Assert.Equal(30, warning.Subject.LinkedTickets.Length);
    }

    /// <summary>Needs the Escalation module (p-harbour also reaches its own 5% on the way).</summary>
    [Fact]
    public async Task A11_3_2_LoweringHouseholds_ReevaluatesTheCompany()
    {
        var key = Reports.NewKey("cleaning");
        var before = (await Company.GetInfo())!.Households;
        var harbour = fixture.Grains.GetGrain<IProjectGrain>("p-harbour");
        var households = (await harbour.GetInfo())!.Households;
        var needed = (int)Math.Ceiling((before - households + 1000) * 5m / 100m);
        var results = await Reports.Households(harbour, fixture.Clock, key, needed);
        Assert.All(results, r => Assert.Null(r.Result.CompanyIncidentWarningId));

        await harbour.SetHouseholds(1000);

        var expected = Warnings.CompanyIncident(key, 1);
        Assert.Equal(before - households + 1000, (await Company.GetInfo())!.Households);
        Assert.Equal(expected, Reports.CountOf(await fixture.Grains.GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts(), key)!.IncidentWarningId);
        Assert.Equal(WarningTrigger.CompanySameIssue, (await Warnings.Get(fixture.Grains, expected))!.Trigger);
    }
}
