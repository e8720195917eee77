using Hotline.Storage.ContractTests.Support;

namespace Hotline.Storage.ContractTests.Persistence;

[Collection(SiloCollection.Name)]
public sealed class GrainStorageClearTests(SiloFixture fixture)
{
    private const string StateName = "state";

    [Fact]
    public async Task Clear_ThenRead_GivesDefaultStateAndNoRecordThenWriteSucceeds()
    {
        var storage = fixture.Silo.GrainStorage(ContractSilo.Storage);
        var grainId = GrainIds.NewGuidKey();
        var state = new GrainState<TicketState>(new TicketState { Title = "to clear" });
        await storage.WriteStateAsync(StateName, grainId, state);
        var writtenETag = state.ETag;

        await storage.ClearStateAsync(StateName, grainId, state);
        var read = new GrainState<TicketState>();
        await storage.ReadStateAsync(StateName, grainId, read);

        Assert.NotNull(state.ETag);
        Assert.NotEqual(writtenETag, state.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal("", read.State?.Title);
        Assert.Equal(state.ETag, read.ETag);

        read.State = new TicketState { Title = "after clear" };
        await storage.WriteStateAsync(StateName, grainId, read);
        var reread = new GrainState<TicketState>();
        await storage.ReadStateAsync(StateName, grainId, reread);
        Assert.Equal("after clear", reread.State?.Title);
        Assert.True(reread.RecordExists);
    }

    [Fact]
    public async Task Clear_DeleteStateOnClear_RemovesRowAndNullsETag()
    {
        var storage = fixture.Silo.GrainStorage(ContractSilo.DeletingStorage);
        var stateName = $"deleting-{Guid.NewGuid():N}";
        var grainId = GrainIds.NewGuidKey();
        var state = new GrainState<TicketState>(new TicketState { Title = "to delete" });
        await storage.WriteStateAsync(stateName, grainId, state);

        await storage.ClearStateAsync(stateName, grainId, state);

        Assert.Null(state.ETag);
        Assert.Equal(0L, await CountRowsAsync(stateName));
        state.State = new TicketState { Title = "written again" };
        await storage.WriteStateAsync(stateName, grainId, state);
        Assert.Equal(1L, await CountRowsAsync(stateName));
    }

    [Fact]
    public async Task Clear_NeverWritten_IsNoOpKeepingNullETag()
    {
        var storage = fixture.Silo.GrainStorage(ContractSilo.Storage);
        var stateName = $"never-{Guid.NewGuid():N}";
        var state = new GrainState<TicketState>();

        await storage.ClearStateAsync(stateName, GrainIds.NewGuidKey(), state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(0L, await CountRowsAsync(stateName));
    }

    private Task<long> CountRowsAsync(string stateName) => Sql.ScalarAsync<long>(fixture.Silo.ConnectionString,
        "select count(*) from orleans_storage where serviceid = @service and statename = @state",
        ("service", fixture.Silo.ServiceId), ("state", stateName));
}
