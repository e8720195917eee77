using Hotline.Storage.ContractTests.Support;

namespace Hotline.Storage.ContractTests.Startup;

/// <summary>Each provider refuses to start without a query it requires, and says which one.</summary>
public sealed class MissingQueryKeyTests
{
    [Fact]
    public async Task Clustering_MissingCleanupDefunctSiloEntriesKey_FailsNamingIt()
    {
        var connectionString = await DatabaseWithoutAsync("CleanupDefunctSiloEntriesKey");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Membership.TableAsync(connectionString, Membership.NewClusterId()));

        Assert.Contains("CleanupDefunctSiloEntriesKey", error.ToString());
    }

    [Fact]
    public async Task Silo_MissingReminderKey_FailsToStartNamingIt()
    {
        var connectionString = await DatabaseWithoutAsync("ReadRangeRows2Key");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAndStopSiloAsync(connectionString));

        Assert.Contains("ReadRangeRows2Key", error.ToString());
    }

    [Fact]
    public async Task Silo_MissingStorageKey_FailsToStartInGrainStorageInit()
    {
        var connectionString = await DatabaseWithoutAsync("ClearStorageKey");

        // Orleans 10.4.2 looks its storage keys up with Single(): the failure does not name the key.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAndStopSiloAsync(connectionString));

        Assert.Contains("AdoNetGrainStorage.Init", error.StackTrace);
    }

    private static async Task StartAndStopSiloAsync(string connectionString) =>
        await (await ContractSilo.StartAsync(connectionString)).DisposeAsync();

    private static async Task<string> DatabaseWithoutAsync(string queryKey)
    {
        var connectionString = await MigratedDatabase.CreateAsync("contract_missing");
        await Sql.ExecuteAsync(connectionString, "delete from orleansquery where querykey = @key", ("key", queryKey));
        return connectionString;
    }
}
