using System.Text;
using Hotline.TestKit;

namespace Hotline.Browser.Tests.Console.Agent;

/// <summary>
/// Households of the agent workspace tests, in building 7 of the fixture's project (apart from the portal tests'
/// building 3, whose owners sign in): each test imports its own, one number each, and files its first complaint.
/// </summary>
internal static class AgentHouseholds
{
    /// <summary>The engineering plugin's water-supply words (水管, 爆管) and the parking area: one issue key.</summary>
    public const string BurstPipe = "地下车库的水管爆管了";

    public static async Task Import(PortalFixture fixture, string household, string phone)
    {
        var parts = household.Split('-');
        var csv = $"building,unit,room,phones\n{parts[0]},{parts[1]},{parts[2]},{phone}\n";
        (await fixture.Host.ClientAs("admin").PostAsync($"/api/organization/projects/{PortalFixture.Project}/households/import",
            new StringContent(csv, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
    }

    /// <summary>A complaint of the household as the API takes it from an agent (no location: the form has none either).</summary>
    public static Task<Hotline.Tickets.Contracts.Ticket> FirstComplaint(PortalFixture fixture, string household, string text = BurstPipe) =>
        fixture.Host.ClientAs("cc-agent-1").Register(new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = PortalFixture.Project, text, household,
        });
}
