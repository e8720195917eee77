using Hotline.Storage.ContractTests.Support;
using Orleans.Runtime;
using static Hotline.Storage.ContractTests.Support.Membership;

namespace Hotline.Storage.ContractTests.Clustering;

public sealed class MembershipCleanupTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly string _connectionString = database.ConnectionString;

    [Fact]
    public async Task GetGateways_MixedMembers_ListsOnlyActiveWithProxyPort()
    {
        var clusterId = NewClusterId();
        var table = await TableAsync(_connectionString, clusterId);
        await InsertAsync(table,
            Entry(13001, SiloStatus.Active, proxyPort: 31001),
            Entry(13002, SiloStatus.Active, proxyPort: 0),
            Entry(13003, SiloStatus.Joining, proxyPort: 31003),
            Entry(13004, SiloStatus.Dead, proxyPort: 31004));
        var otherTable = await TableAsync(_connectionString, NewClusterId());
        await InsertAsync(otherTable, Entry(13005, SiloStatus.Active, proxyPort: 31005));

        var gateways = await (await GatewaysAsync(_connectionString, clusterId)).GetGatewaysAsync();

        Assert.Equal(31001, Assert.Single(gateways).Port);
    }

    [Fact]
    public async Task CleanupDefunctSiloEntries_MixedAges_DeletesOnlyOldNonActiveRowsOfItsCluster()
    {
        var old = DateTime.UtcNow.AddDays(-10);
        var table = await TableAsync(_connectionString, NewClusterId());
        await InsertAsync(table,
            Entry(14001, SiloStatus.Dead, iAmAlive: old),
            Entry(14002, SiloStatus.ShuttingDown, iAmAlive: old),
            Entry(14003, SiloStatus.Active, iAmAlive: old),
            Entry(14004, SiloStatus.Dead));
        var otherTable = await TableAsync(_connectionString, NewClusterId());
        await InsertAsync(otherTable, Entry(14005, SiloStatus.Dead, iAmAlive: old));

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddDays(-1));

        Assert.Equal(new[] { 14003, 14004 }, await PortsAsync(table));
        Assert.Equal(new[] { 14005 }, await PortsAsync(otherTable));
    }

    [Fact]
    public async Task DeleteMembershipTableEntries_TwoClusters_RemovesOnlyItsOwn()
    {
        var clusterId = NewClusterId();
        var table = await TableAsync(_connectionString, clusterId);
        await InsertAsync(table, Entry(15001, SiloStatus.Active));
        var otherTable = await TableAsync(_connectionString, NewClusterId());
        await InsertAsync(otherTable, Entry(15002, SiloStatus.Active));

        await table.DeleteMembershipTableEntriesAsync(clusterId);

        Assert.Equal(0L, await Sql.ScalarAsync<long>(_connectionString,
            "select (select count(*) from orleans_membership where deploymentid = @c) + (select count(*) from orleans_membership_version where deploymentid = @c)",
            ("c", clusterId)));
        Assert.Equal(new[] { 15002 }, await PortsAsync(otherTable));
    }

    private static async Task InsertAsync(IMembershipTable table, params MembershipEntry[] entries)
    {
        foreach (var entry in entries)
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        }
    }

    private static async Task<int[]> PortsAsync(IMembershipTable table) =>
        (await table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order().ToArray();
}
