using Hotline.Storage.ContractTests.Support;
using Orleans.Storage;

namespace Hotline.Storage.ContractTests.Persistence;

[Collection(SiloCollection.Name)]
public sealed class GrainStorageConflictTests(SiloFixture fixture)
{
    private const string StateName = "state";
    private readonly IGrainStorage _storage = fixture.Silo.GrainStorage(ContractSilo.Storage);

    [Fact]
    public async Task Write_StaleETag_ThrowsInconsistentStateAndKeepsStoredState()
    {
        var grainId = GrainIds.NewGuidKey();
        var current = new GrainState<TicketState>(new TicketState { Title = "first" });
        await _storage.WriteStateAsync(StateName, grainId, current);
        var stale = new GrainState<TicketState>(new TicketState { Title = "stale" }, current.ETag);
        current.State = new TicketState { Title = "second" };
        await _storage.WriteStateAsync(StateName, grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, grainId, stale));

        await AssertStoredAsync(grainId, "second", current.ETag);
    }

    [Fact]
    public async Task Write_RepeatedFirstWrite_ThrowsInconsistentStateAndKeepsStoredState()
    {
        var grainId = GrainIds.NewGuidKey();
        var first = new GrainState<TicketState>(new TicketState { Title = "first" });
        await _storage.WriteStateAsync(StateName, grainId, first);

        var second = new GrainState<TicketState>(new TicketState { Title = "second" });
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, grainId, second));

        await AssertStoredAsync(grainId, "first", first.ETag);
    }

    [Fact]
    public async Task Clear_StaleETag_ThrowsInconsistentStateAndKeepsStoredState()
    {
        var grainId = GrainIds.NewGuidKey();
        var current = new GrainState<TicketState>(new TicketState { Title = "first" });
        await _storage.WriteStateAsync(StateName, grainId, current);
        var stale = new GrainState<TicketState>(new TicketState(), current.ETag);
        current.State = new TicketState { Title = "second" };
        await _storage.WriteStateAsync(StateName, grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync(StateName, grainId, stale));

        await AssertStoredAsync(grainId, "second", current.ETag);
    }

    [Fact]
    public async Task Write_TwoRacingFirstWrites_ExactlyOneWins()
    {
        for (var round = 0; round < 20; round++)
        {
            var grainId = GrainIds.NewGuidKey();
            var writers = new[] { "left", "right" }.Select(title => Task.Run(async () =>
            {
                var state = new GrainState<TicketState>(new TicketState { Title = title });
                try
                {
                    await _storage.WriteStateAsync(StateName, grainId, state);
                    return title;
                }
                catch (InconsistentStateException)
                {
                    return null;
                }
            }));

            var winners = (await Task.WhenAll(writers)).OfType<string>().ToList();

            var winner = Assert.Single(winners);
            var read = new GrainState<TicketState>();
            await _storage.ReadStateAsync(StateName, grainId, read);
            Assert.Equal(winner, read.State?.Title);
        }
    }

    private async Task AssertStoredAsync(Orleans.Runtime.GrainId grainId, string title, string? eTag)
    {
        var read = new GrainState<TicketState>();
        await _storage.ReadStateAsync(StateName, grainId, read);
        Assert.Equal(title, read.State?.Title);
        Assert.Equal(eTag, read.ETag);
    }
}
