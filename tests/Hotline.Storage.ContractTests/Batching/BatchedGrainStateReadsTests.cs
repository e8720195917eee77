using Hotline.Storage.ContractTests.Support;

namespace Hotline.Storage.ContractTests.Batching;

/// <summary>
/// Issue 14: grain state read in batches is what Orleans' own ADO.NET storage reads, for every kind of key, with its
/// rules for a missing and a cleared row; a burst of reads shares round trips and each caller gets its own row.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class BatchedGrainStateReadsTests(SiloFixture fixture)
{
    private const string StateName = "state";
    private readonly BatchedWrites _batched = new(fixture.Silo);
    private readonly Orleans.Storage.IGrainStorage _orleans = fixture.Silo.GrainStorage(ContractSilo.Storage);

    [Theory]
    [MemberData(nameof(GrainIds.Kinds), MemberType = typeof(GrainIds))]
    public async Task I14_WrittenByOrleans_ReadInABatch_SameStateAndETag(string kind)
    {
        var grainId = GrainIds.OfKind(kind);
        var written = new GrainState<TicketState>(new TicketState { Title = "stored", Revision = 7 });
        await _orleans.WriteStateAsync(StateName, grainId, written);

        var read = new GrainState<TicketState>();
        await _batched.GrainStateReads.Read(StateName, grainId, read);

        Assert.True(read.RecordExists);
        Assert.Equal(("stored", 7, written.ETag), (read.State!.Title, read.State.Revision, read.ETag));
    }

    [Fact]
    public async Task I14_NoRow_NewStateNoETagNoRecord()
    {
        var read = new GrainState<TicketState>(new TicketState { Title = "left over" }) { ETag = "3", RecordExists = true };

        await _batched.GrainStateReads.Read(StateName, GrainIds.NewGuidKey(), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal(("", 0), (read.State!.Title, read.State.Revision));
    }

    [Fact]
    public async Task I14_ClearedRow_NewStateWithTheClearsETag_AndAWriteOnItSucceeds()
    {
        var grainId = GrainIds.NewGuidKey();
        var state = new GrainState<TicketState>(new TicketState { Title = "to clear" });
        await _orleans.WriteStateAsync(StateName, grainId, state);
        await _orleans.ClearStateAsync(StateName, grainId, state);

        var read = new GrainState<TicketState>();
        await _batched.GrainStateReads.Read(StateName, grainId, read);

        Assert.False(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal("", read.State!.Title);
        read.State = new TicketState { Title = "after clear" };
        await _batched.GrainState.Write(StateName, grainId, read);
        var again = new GrainState<TicketState>();
        await _orleans.ReadStateAsync(StateName, grainId, again);
        Assert.Equal("after clear", again.State!.Title);
    }

    [Fact]
    public async Task I14_ABurstOfReads_SharesRoundTrips_EachCallerGetsItsOwnRow()
    {
        const int grains = 300;
        var ids = Enumerable.Range(0, grains).Select(_ => GrainIds.NewGuidKey()).ToArray();
        for (var i = 0; i < grains; i++)
        {
            await _orleans.WriteStateAsync(StateName, ids[i], new GrainState<TicketState>(new TicketState { Title = $"t{i}", Revision = i }));
        }

        // The query text is fetched once and kept; fetched by 300 callers at once, their reads would queue at random times.
        await _batched.GrainStateReads.Read(StateName, ids[0], new GrainState<TicketState>());
        var before = _batched.ReadBatcher.Batches;
        var reads = ids.Select(_ => new GrainState<TicketState>()).ToArray();
        Task[] reading;
        await using (var busy = await BusyWriter.Hold(_batched.DataSource, _batched.ReadBatcher))
        {
            reading = ids.Select((id, i) => _batched.GrainStateReads.Read(StateName, id, reads[i])).ToArray();
            await busy.Release();
            await busy.Blocker;
        }

        await Task.WhenAll(reading).WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 0; i < grains; i++)
        {
            Assert.Equal(($"t{i}", i), (reads[i].State!.Title, reads[i].State!.Revision));
        }

        // Queued behind the busy writer, 300 reads go in two batches of at most 256 (256 and 44), after the blocker's own.
        Assert.Equal(3L, _batched.ReadBatcher.Batches - before);
    }
}
