using Hotline.Storage.ContractTests.Support;

namespace Hotline.Storage.ContractTests.Persistence;

[Collection(SiloCollection.Name)]
public sealed class GrainStorageRoundTripTests(SiloFixture fixture)
{
    private const string StateName = "state";
    private readonly Orleans.Storage.IGrainStorage _storage = fixture.Silo.GrainStorage(ContractSilo.Storage);

    [Fact]
    public async Task Write_FirstWrite_ReadsBackSameStateAndETag()
    {
        var grainId = GrainIds.NewGuidKey();
        var written = new GrainState<TicketState>(new TicketState { Title = "Leaking tap", Revision = 1 });

        await _storage.WriteStateAsync(StateName, grainId, written);
        var read = new GrainState<TicketState>();
        await _storage.ReadStateAsync(StateName, grainId, read);

        Assert.NotNull(written.ETag);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("Leaking tap", read.State?.Title);
    }

    [Fact]
    public async Task Write_WithCurrentETag_ChangesETagAndState()
    {
        var grainId = GrainIds.NewGuidKey();
        var state = new GrainState<TicketState>(new TicketState { Title = "Broken lift" });
        await _storage.WriteStateAsync(StateName, grainId, state);
        var firstETag = state.ETag;

        state.State = new TicketState { Title = "Broken lift", Revision = 2 };
        await _storage.WriteStateAsync(StateName, grainId, state);
        var read = new GrainState<TicketState>();
        await _storage.ReadStateAsync(StateName, grainId, read);

        Assert.NotEqual(firstETag, state.ETag);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal(2, read.State?.Revision);
    }

    [Fact]
    public async Task Read_NeverWritten_GivesDefaultStateAndNullETag()
    {
        var read = new GrainState<TicketState>();

        await _storage.ReadStateAsync(StateName, GrainIds.NewGuidKey(), read);

        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal("", read.State?.Title);
    }
}
