using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Reporting.Tests.Support;

/// <summary>A host of its own with <see cref="PlaceCallCounter"/> installed, so no other test's traffic is counted.</summary>
public sealed class PlaceCallsFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public PlaceCallCounter PlaceCalls { get; } = new();

    public HotlineTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connection = await TestPostgres.CreateDatabaseAsync(nameof(PlaceCallsFixture).ToLowerInvariant());
        Host = await HotlineTestHost.StartAsync(connection, $"test-{Guid.NewGuid():N}"[..20], Clock,
            configure: b => b.Services.AddSingleton<IIncomingGrainCallFilter>(PlaceCalls));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
