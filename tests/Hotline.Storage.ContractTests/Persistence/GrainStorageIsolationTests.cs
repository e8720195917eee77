using Hotline.Storage.ContractTests.Support;
using Orleans.Runtime;

namespace Hotline.Storage.ContractTests.Persistence;

/// <summary>Rows are told apart by the full key, never by Orleans' hashes (which the colliding storage makes all equal).</summary>
[Collection(SiloCollection.Name)]
public sealed class GrainStorageIsolationTests(SiloFixture fixture)
{
    [Theory]
    [InlineData(ContractSilo.Storage)]
    [InlineData(ContractSilo.CollidingStorage)]
    public async Task Write_KeysOfEveryKindAndTwoStateNames_EachGetsItsOwnRow(string storageName)
    {
        var storage = fixture.Silo.GrainStorage(storageName);
        var picksBefore = fixture.Silo.CollidingHashPicker.Picks;
        var stateName = $"isolation-{Guid.NewGuid():N}";
        var otherStateName = stateName + "-other";
        var guid = Guid.NewGuid();
        var integer = Random.Shared.NextInt64(1, long.MaxValue);
        var targets = new (string StateName, GrainId GrainId)[]
        {
            (stateName, GrainIds.NewGuidKey(guid)),
            (stateName, GrainIds.NewGuidKey(guid, "north")),
            (stateName, GrainIds.NewGuidKey(guid, "south")),
            (stateName, GrainIds.IntegerKey(integer)),
            (stateName, GrainIds.IntegerKey(integer, "north")),
            (stateName, GrainIds.NewStringKey()),
            (stateName, GrainIds.NewStringKey()),
            (otherStateName, GrainIds.NewGuidKey(guid)),
        };

        for (var i = 0; i < targets.Length; i++)
        {
            var state = new GrainState<TicketState>(new TicketState { Title = $"row {i}" });
            await storage.WriteStateAsync(targets[i].StateName, targets[i].GrainId, state);
        }

        for (var i = 0; i < targets.Length; i++)
        {
            var read = new GrainState<TicketState>();
            await storage.ReadStateAsync(targets[i].StateName, targets[i].GrainId, read);
            Assert.Equal($"row {i}", read.State?.Title);
        }

        var rows = await Sql.ScalarAsync<long>(fixture.Silo.ConnectionString,
            "select count(*) from orleans_storage where serviceid = @service and statename like @prefix",
            ("service", fixture.Silo.ServiceId), ("prefix", stateName + "%"));
        Assert.Equal(targets.Length, rows);
        var collidingHashesUsed = fixture.Silo.CollidingHashPicker.Picks > picksBefore;
        Assert.Equal(storageName == ContractSilo.CollidingStorage, collidingHashesUsed);
    }
}
