using Hotline.Organization.Contracts;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Hotline.Organization.Seeding;

/// <summary>
/// Imports the configured organisation as soon as the silo is active, if the database holds none yet.
/// A silo lifecycle stage (not a hosted service) so it never runs before grains can answer.
/// </summary>
internal sealed class OrganizationSeeder(OrganizationSnapshot snapshot, IGrainFactory grains, ILogger<OrganizationSeeder> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(OrganizationSeeder), ServiceLifecycleStage.Active, SeedAsync);

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Every silo may try: the company grain imports only into an empty company.
        var imported = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).ImportIfEmpty(snapshot);
        if (imported)
        {
            logger.LogInformation("Organisation '{Company}' imported: {Branches} branches, {Projects} projects, {People} people",
                snapshot.CompanyName, snapshot.Branches.Length, snapshot.Branches.Sum(b => b.Projects.Length), snapshot.People.Length);
        }
    }
}
