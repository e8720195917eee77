using Hotline.Organization.Company;
using Hotline.Organization.Projects;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Security.Tests.Access;

/// <summary>A host of its own with call counters on the company and project grains installed, so no other test's traffic is counted.</summary>
public sealed class CountingHostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public GrainCallCounter<CompanyGrain> CompanyCalls { get; } = new();

    public GrainCallCounter<ProjectGrain> ProjectCalls { get; } = new();

    public HotlineTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connection = await TestPostgres.CreateDatabaseAsync(nameof(CountingHostFixture).ToLowerInvariant());
        Host = await HotlineTestHost.StartAsync(connection, $"test-{Guid.NewGuid():N}"[..20], Clock,
            configure: b => b.Services.AddSingleton<IIncomingGrainCallFilter>(CompanyCalls).AddSingleton<IIncomingGrainCallFilter>(ProjectCalls));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
