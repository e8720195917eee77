using Hotline.Storage.ContractTests.Support;
using Orleans.Runtime;
using static Hotline.Storage.ContractTests.Support.Membership;

namespace Hotline.Storage.ContractTests.Clustering;

public sealed class MembershipTableTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly string _connectionString = database.ConnectionString;

    [Fact]
    public async Task Initialize_Twice_CreatesVersionRowOnceAndKeepsMembers()
    {
        var clusterId = NewClusterId();
        var table = await TableAsync(_connectionString, clusterId);
        var empty = await table.ReadAllAsync();
        Assert.True(await table.InsertRowAsync(Entry(11111, SiloStatus.Joining), empty.Version.Next()));

        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);

        var after = await table.ReadAllAsync();
        Assert.Equal(empty.Version.Version + 1, after.Version.Version);
        Assert.Single(after.Members);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(_connectionString,
            "select count(*) from orleans_membership_version where deploymentid = @cluster", ("cluster", clusterId)));
    }

    [Fact]
    public async Task InsertMembershipVersion_SecondCall_ReturnsFalse()
    {
        // Orleans hides this result, so run the catalog text itself the way Orleans binds it.
        var query = await Sql.ScalarAsync<string>(_connectionString,
            "select querytext from orleansquery where querykey = 'InsertMembershipVersionKey'");
        var clusterId = NewClusterId();

        var first = await Sql.ScalarAsync<int>(_connectionString, query, ("DeploymentId", clusterId));
        var second = await Sql.ScalarAsync<int>(_connectionString, query, ("DeploymentId", clusterId));

        Assert.Equal(1, first);
        Assert.Equal(0, second);
    }

    [Fact]
    public async Task InsertThenUpdateToActive_ReadRowAndReadAll_ShowMemberWithVersion()
    {
        var table = await TableAsync(_connectionString, NewClusterId());
        var entry = Entry(11112, SiloStatus.Joining, proxyPort: 30000);
        var initial = await table.ReadAllAsync();
        Assert.Empty(initial.Members);

        Assert.True(await table.InsertRowAsync(entry, initial.Version.Next()));
        var joined = await table.ReadAllAsync();
        var (joinedEntry, joinedETag) = Assert.Single(joined.Members);
        entry.Status = SiloStatus.Active;
        entry.AddOrUpdateSuspector(SiloAddress.New(System.Net.IPAddress.Loopback, 22222, 3), Utc(DateTime.UtcNow), 10);
        Assert.True(await table.UpdateRowAsync(entry, joinedETag, joined.Version.Next()));

        var row = await table.ReadRowAsync(entry.SiloAddress);
        var all = await table.ReadAllAsync();

        Assert.Equal(SiloStatus.Joining, joinedEntry.Status);
        Assert.Equal(initial.Version.Version + 1, joined.Version.Version);
        Assert.Equal(joined.Version.VersionEtag, joinedETag);
        var (stored, storedETag) = Assert.Single(row.Members);
        Assert.Equal(initial.Version.Version + 2, row.Version.Version);
        Assert.Equal(row.Version.VersionEtag, storedETag);
        Assert.Equal(SiloStatus.Active, stored.Status);
        Assert.Equal(entry.SiloAddress, stored.SiloAddress);
        Assert.Equal((entry.SiloName, entry.HostName, entry.ProxyPort), (stored.SiloName, stored.HostName, stored.ProxyPort));
        Assert.Equal((entry.StartTime, entry.IAmAliveTime), (stored.StartTime, stored.IAmAliveTime));
        Assert.Equal(entry.SuspectTimes, stored.SuspectTimes);
        Assert.Equal(row.Version, all.Version);
        Assert.Equal(SiloStatus.Active, Assert.Single(all.Members).Item1.Status);
    }

    [Fact]
    public async Task ReadRow_OtherSilo_ReturnsVersionWithoutMembers()
    {
        var table = await TableAsync(_connectionString, NewClusterId());
        var initial = await table.ReadAllAsync();
        await table.InsertRowAsync(Entry(11113, SiloStatus.Active), initial.Version.Next());

        var row = await table.ReadRowAsync(Entry(11114, SiloStatus.Active).SiloAddress);

        Assert.Empty(row.Members);
        Assert.Equal(initial.Version.Version + 1, row.Version.Version);
    }
}
