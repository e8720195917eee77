using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Hotline.TestKit;

/// <summary>
/// One real Hotline host on its own test database with the demo organisation, shared by a test
/// collection. Tests that move the clock only move it forward and read deadlines relative to it.
/// </summary>
public class HostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public string ConnectionString { get; private set; } = "";

    public string ServiceId { get; } = $"test-{Guid.NewGuid():N}"[..20];

    public HotlineTestHost Host { get; private set; } = null!;

    public HttpClient Http => Host.Http;

    public IGrainFactory Grains => Host.Grains;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync(GetType().Name.ToLowerInvariant());
        Host = await StartHostAsync();
    }

    /// <summary>Configuration every host of this fixture gets (e.g. a policy under test).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>Changes to the builder of every host of this fixture (e.g. a capturing logger provider), after the host's own.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    /// <summary>Starts another host (silo) on the same database and cluster.</summary>
    public Task<HotlineTestHost> StartHostAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        HotlineTestHost.StartAsync(ConnectionString, ServiceId, Clock, settings ?? Settings, Configure);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
