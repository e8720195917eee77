using Hotline.Organization.Contracts;
using Hotline.Security.Identity.Accounts;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Hotline.Security.Identity.Demo;

/// <summary>
/// Gives every person of the seeded organisation without an account one (username = person id, random password) once the
/// organisation is imported, and prints the new credentials once: they are not stored anywhere but as a hash.
/// </summary>
internal sealed class DemoAccountSeeder(IGrainFactory grains, AccountStore accounts, StaffPasswords passwords, TimeProvider clock, ILogger<DemoAccountSeeder> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public const string ResetHint = "reset a password with the host command `reset-password <username>` (e.g. dotnet Hotline.Host.dll reset-password cc-agent-1)";

    // After the organisation seeder, which imports at Active.
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DemoAccountSeeder), ServiceLifecycleStage.Active + 1, SeedAsync);

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var people = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetPeople();
        var existing = await accounts.PersonIdsWithAccountsAsync();
        var missing = people.Where(p => !existing.Contains(p.Id)).Select(p => p.Id).ToList();
        if (missing.Count == 0)
        {
            if (people.Length > 0)
            {
                logger.LogInformation("Demo accounts exist; {ResetHint}", ResetHint);
            }

            return;
        }

        // Hashing is deliberately slow: hash the new passwords in parallel.
        var fresh = missing.AsParallel().Select(id => (Username: id, Password: StaffPasswords.Generate())).Select(a => (a.Username, a.Password, Hash: passwords.Hash(a.Password))).ToList();
        var created = new List<(string Username, string Password)>();
        foreach (var account in fresh)
        {
            // Another silo may be creating the same accounts: only the one that inserts prints.
            if (await accounts.CreateAsync(account.Username, account.Username, account.Hash, clock.GetUtcNow()))
            {
                created.Add((account.Username, account.Password));
            }
        }

        DemoCredentialsBlock.Write(logger, created);
    }
}
