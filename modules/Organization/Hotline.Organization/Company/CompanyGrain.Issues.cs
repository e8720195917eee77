using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Hotline.Organization.SameIssue;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Hotline.Organization.Company;

/// <summary>The company's household total (A11.3.2's base), and carrying over what earlier versions counted here.</summary>
public sealed partial class CompanyGrain
{
    public async Task SetProjectHouseholds(string projectId, int previous, int households)
    {
        var (total, parts) = HouseholdTotals.Apply(Current.Households, Current.ProjectHouseholds, projectId, previous, households);
        await Save(Current with { Households = total, ProjectHouseholds = parts });
    }

    /// <summary>Hands each issue key's incident an earlier version kept here to its company counter, once; the rows come from the projects.</summary>
    public async Task MigrateLegacyIssues()
    {
        foreach (var (key, window) in Current.LegacyIssues)
        {
            await LegacyIssues.Adopt(GrainFactory, ServiceProvider.GetRequiredService<IIncidentWarnings>(), SameIssueKey.Company(key), window, IncidentScope.Company(Current.Households));
        }

        if (!Current.LegacyIssues.IsEmpty)
        {
            await Save(Current with { LegacyIssues = ImmutableDictionary<string, IssueWindow>.Empty });
        }

        await StopLegacyReminder();
    }

    /// <summary>An earlier version's incident reminder on this grain: the counters keep their own now.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status) => await StopLegacyReminder();

    private async Task StopLegacyReminder()
    {
        if (await this.GetReminder(IncidentReminder.Name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
