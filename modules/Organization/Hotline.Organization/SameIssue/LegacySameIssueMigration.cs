using Hotline.Organization.Contracts;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Hotline.Organization.SameIssue;

/// <summary>
/// Once the silo is active (after seeding, before this silo serves HTTP), carries the same-issue windows that versions
/// before migration 0011 kept in project, branch and company states over to rows and counters. Projects first (they own
/// the rows), then the company (its incidents). Idempotent: a migrated grain has nothing left to carry.
/// </summary>
internal sealed class LegacySameIssueMigration(IGrainFactory grains, ILogger<LegacySameIssueMigration> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LegacySameIssueMigration), ServiceLifecycleStage.Active + 1, MigrateAsync);

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var company = grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey);
        if (await company.GetInfo() is not { } info)
        {
            return;
        }

        var projects = 0;
        foreach (var branchId in info.BranchIds)
        {
            var branch = grains.GetGrain<IBranchGrain>(branchId);
            foreach (var projectId in (await branch.GetInfo())?.ProjectIds ?? [])
            {
                await grains.GetGrain<IProjectGrain>(projectId).MigrateLegacyIssues();
                projects++;
            }

            await branch.MigrateLegacyIssues();
        }

        await company.MigrateLegacyIssues();
        logger.LogDebug("Same-issue state of {Projects} projects checked for carrying over", projects);
    }
}
