using Hotline.Organization.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Organization.Seeding;

/// <summary>Imports the configured organisation once the silo runs, if the database holds none yet.</summary>
internal sealed class OrganizationSeeder(OrganizationSnapshot snapshot, IGrainFactory grains, ILogger<OrganizationSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Every silo may try: the company grain imports only into an empty company.
        var imported = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).ImportIfEmpty(snapshot);
        if (imported)
        {
            logger.LogInformation("Organisation '{Company}' imported: {Branches} branches, {Projects} projects, {People} people",
                snapshot.CompanyName, snapshot.Branches.Length, snapshot.Branches.Sum(b => b.Projects.Length), snapshot.People.Length);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
