using Hotline.Storage.ContractTests.Support;
using Orleans.Storage;

namespace Hotline.Storage.ContractTests.Batching;

/// <summary>
/// Issue 14: grain state written in batches is the row Orleans' own ADO.NET storage reads, for every kind of key, and
/// keeps its ETag rules: a stale ETag or a lost first-write race is a conflict that changes nothing.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class BatchedGrainStateWritesTests(SiloFixture fixture)
{
    private const string StateName = "state";
    private readonly BatchedWrites _writes = new(fixture.Silo);
    private readonly IGrainStorage _orleans = fixture.Silo.GrainStorage(ContractSilo.Storage);

    [Theory]
    [MemberData(nameof(GrainIds.Kinds), MemberType = typeof(GrainIds))]
    public async Task I14_WrittenInABatch_OrleansReadsTheSameStateAndETag(string kind)
    {
        var grainId = GrainIds.OfKind(kind);
        var state = new GrainState<TicketState>(new TicketState { Title = "batched", Revision = 1 });

        await _writes.GrainState.Write(StateName, grainId, state);
        var read = new GrainState<TicketState>();
        await _orleans.ReadStateAsync(StateName, grainId, read);

        Assert.True(read.RecordExists);
        Assert.Equal(("batched", 1, state.ETag), (read.State!.Title, read.State.Revision, read.ETag));
    }

    [Fact]
    public async Task I14_RewriteWithTheETagOrleansRead_NewETagAndOrleansSeesIt()
    {
        var grainId = GrainIds.NewGuidKey();
        var first = new GrainState<TicketState>(new TicketState { Title = "first" });
        await _orleans.WriteStateAsync(StateName, grainId, first);
        var read = new GrainState<TicketState>();
        await _orleans.ReadStateAsync(StateName, grainId, read);

        read.State = new TicketState { Title = "second" };
        await _writes.GrainState.Write(StateName, grainId, read);

        Assert.NotEqual(first.ETag, read.ETag);
        var again = new GrainState<TicketState>();
        await _orleans.ReadStateAsync(StateName, grainId, again);
        Assert.Equal(("second", read.ETag), (again.State!.Title, again.ETag));
    }

    [Fact]
    public async Task I14_StaleETag_ConflictAndTheStoredStateUnchanged()
    {
        var grainId = GrainIds.NewGuidKey();
        var current = new GrainState<TicketState>(new TicketState { Title = "stored" });
        await _writes.GrainState.Write(StateName, grainId, current);
        var stale = new GrainState<TicketState>(new TicketState { Title = "stale" }) { ETag = current.ETag };
        await _writes.GrainState.Write(StateName, grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _writes.GrainState.Write(StateName, grainId, stale));

        var read = new GrainState<TicketState>();
        await _orleans.ReadStateAsync(StateName, grainId, read);
        Assert.Equal(("stored", current.ETag), (read.State!.Title, read.ETag));
    }

    [Fact]
    public async Task I14_TwoRacingFirstWritesOfOneGrain_ExactlyOneWins()
    {
        var grainId = GrainIds.NewGuidKey();
        var a = new GrainState<TicketState>(new TicketState { Title = "a" });
        var b = new GrainState<TicketState>(new TicketState { Title = "b" });

        var results = await Task.WhenAll(Outcome(_writes.GrainState.Write(StateName, grainId, a)), Outcome(_writes.GrainState.Write(StateName, grainId, b)));

        Assert.Equal(1, results.Count(r => r is null));
        Assert.Equal(1, results.Count(r => r is InconsistentStateException));
        var read = new GrainState<TicketState>();
        await _orleans.ReadStateAsync(StateName, grainId, read);
        var winner = results[0] is null ? a : b;
        Assert.Equal((winner.State!.Title, winner.ETag), (read.State!.Title, read.ETag));
    }

    private static async Task<Exception?> Outcome(Task write)
    {
        try
        {
            await write;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
