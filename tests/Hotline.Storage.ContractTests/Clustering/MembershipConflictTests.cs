using Hotline.Storage.ContractTests.Support;
using Orleans;
using Orleans.Runtime;
using static Hotline.Storage.ContractTests.Support.Membership;

namespace Hotline.Storage.ContractTests.Clustering;

/// <summary>Every member change compares and bumps the table version atomically, or changes nothing.</summary>
public sealed class MembershipConflictTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly string _connectionString = database.ConnectionString;

    [Fact]
    public async Task InsertRow_StaleVersion_ReturnsFalseAndChangesNothing()
    {
        var table = await TableAsync(_connectionString, NewClusterId());
        var stale = await table.ReadAllAsync();
        await table.InsertRowAsync(Entry(12001, SiloStatus.Active), stale.Version.Next());

        Assert.False(await table.InsertRowAsync(Entry(12002, SiloStatus.Joining), stale.Version.Next()));

        var after = await table.ReadAllAsync();
        Assert.Equal(stale.Version.Version + 1, after.Version.Version);
        Assert.Equal(12001, Assert.Single(after.Members).Item1.SiloAddress.Endpoint.Port);
    }

    [Fact]
    public async Task InsertRow_Duplicate_ReturnsFalseAndChangesNothing()
    {
        var table = await TableAsync(_connectionString, NewClusterId());
        await table.InsertRowAsync(Entry(12003, SiloStatus.Joining), (await table.ReadAllAsync()).Version.Next());
        var before = await table.ReadAllAsync();

        Assert.False(await table.InsertRowAsync(Entry(12003, SiloStatus.Active), before.Version.Next()));

        var after = await table.ReadAllAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(SiloStatus.Joining, Assert.Single(after.Members).Item1.Status);
    }

    [Fact]
    public async Task UpdateRow_StaleVersion_ReturnsFalseAndChangesNothing()
    {
        var table = await TableAsync(_connectionString, NewClusterId());
        var entry = Entry(12004, SiloStatus.Joining);
        await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next());
        var stale = await table.ReadAllAsync();
        await table.InsertRowAsync(Entry(12005, SiloStatus.Joining), stale.Version.Next());

        entry.Status = SiloStatus.Active;
        Assert.False(await table.UpdateRowAsync(entry, stale.Members[0].Item2, stale.Version.Next()));

        var after = await table.ReadAllAsync();
        Assert.Equal(stale.Version.Version + 1, after.Version.Version);
        Assert.All(after.Members, m => Assert.Equal(SiloStatus.Joining, m.Item1.Status));
    }

    [Fact]
    public async Task UpdateRow_MissingMember_ReturnsFalseAndKeepsVersion()
    {
        var table = await TableAsync(_connectionString, NewClusterId());
        var before = await table.ReadAllAsync();

        Assert.False(await table.UpdateRowAsync(Entry(12006, SiloStatus.Active), before.Version.VersionEtag, before.Version.Next()));

        Assert.Equal(before.Version, (await table.ReadAllAsync()).Version);
    }

    [Fact]
    public async Task UpdateIAmAlive_ChangesOnlyIAmAliveTime()
    {
        var table = await TableAsync(_connectionString, NewClusterId());
        var entry = Entry(12007, SiloStatus.Joining, proxyPort: 30001, iAmAlive: DateTime.UtcNow.AddMinutes(-5));
        await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next());
        var joined = await table.ReadAllAsync();
        entry.Status = SiloStatus.Active;
        entry.AddOrUpdateSuspector(SiloAddress.New(System.Net.IPAddress.Loopback, 22222, 3), Utc(DateTime.UtcNow), 10);
        await table.UpdateRowAsync(entry, joined.Members[0].Item2, joined.Version.Next());
        var before = await table.ReadAllAsync();
        var heartbeat = Utc(DateTime.UtcNow.AddMinutes(1));

        // A heartbeat entry carrying other changed values: only its IAmAliveTime may be stored.
        await table.UpdateIAmAliveAsync(new MembershipEntry
        {
            SiloAddress = entry.SiloAddress, IAmAliveTime = heartbeat, Status = SiloStatus.Dead, ProxyPort = 1,
            SiloName = "changed", HostName = "changed", StartTime = heartbeat, SuspectTimes = [],
        });

        var after = await table.ReadAllAsync();
        var (stored, _) = Assert.Single(after.Members);
        var original = before.Members[0].Item1;
        Assert.Equal(heartbeat, stored.IAmAliveTime);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal((original.Status, original.ProxyPort, original.SiloName, original.HostName, original.StartTime),
            (stored.Status, stored.ProxyPort, stored.SiloName, stored.HostName, stored.StartTime));
        Assert.Equal(original.SuspectTimes, stored.SuspectTimes);
    }
}
