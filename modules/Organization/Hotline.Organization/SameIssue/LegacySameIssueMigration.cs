using Hotline.Organization.Contracts;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Runtime;

namespace Hotline.Organization.SameIssue;

/// <summary>
/// Once the silo is active (after seeding, before this silo serves HTTP), carries the same-issue windows that versions
/// before migration 0011 kept in project, branch and company states over to rows and counters. Projects first (they own
/// the rows), then the company (its incidents). Idempotent: a migrated grain has nothing left to carry. Once it has run
/// through, a row in <c>organization_upgrades</c> (migration 0013) makes every later start skip it.
/// </summary>
internal sealed class LegacySameIssueMigration(IGrainFactory grains, NpgsqlDataSource database, TimeProvider time, ILogger<LegacySameIssueMigration> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private const string Name = "same-issue-rows";

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LegacySameIssueMigration), ServiceLifecycleStage.Active + 1, MigrateAsync);

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using (var done = database.CreateCommand("select exists (select 1 from organization_upgrades where name = $1)"))
        {
            done.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Name });
            if ((bool)(await done.ExecuteScalarAsync(cancellationToken))!)
            {
                return;
            }
        }

        var company = grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey);
        if (await company.GetInfo() is not { } info)
        {
            return; // nothing imported yet: nothing of an earlier version to carry, and the next start looks again
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
        await using (var record = database.CreateCommand("insert into organization_upgrades (name, done_at) values ($1, $2) on conflict (name) do nothing"))
        {
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Name });
            record.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = time.GetUtcNow().ToUniversalTime() });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        logger.LogDebug("Same-issue state of {Projects} projects checked for carrying over", projects);
    }
}
