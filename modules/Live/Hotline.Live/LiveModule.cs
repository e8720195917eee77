using Hotline.Live.Cluster;
using Hotline.Live.Contracts;
using Hotline.Live.Hub;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Live;

/// <summary>
/// Live pushes (issue 13 "Live means pushed"): grains tell <see cref="ILivePublisher"/> after a change is durable; console
/// circuits subscribe through <see cref="ILiveChanges"/>. Notices carry ids only, so a page always re-reads through the
/// reader's own access rules.
/// <para>
/// Across silos (why this mechanism): each silo hosts one grain observer, its <see cref="LiveRelay"/>, and sends its
/// own changes straight to the others' relays, one-way and in batches. The fan-out per change is the number of silos,
/// whatever the number of tickets, and no grain is on the per-change path (no hot grain). The only grain,
/// <see cref="LiveDirectoryGrain"/>, holds the member list in memory and is called when a silo joins or refreshes.
/// Silo liveness comes from Orleans membership: a dead silo is skipped (others are unaffected), a restarted silo has a
/// new address and joins by itself at start. Orleans streams were not chosen: memory streams need a PubSub store and
/// lose queued events with their silo, and a per-silo explicit subscription outlives a dead silo in PubSub state.
/// </para>
/// </summary>
public static class LiveModule
{
    /// <summary>Registers the per-process hub (<see cref="ILiveChanges"/>), the silo's relay and the publisher. Expects a silo.</summary>
    public static IHostApplicationBuilder AddLiveModule(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(Options(builder.Configuration));
        builder.Services.TryAddSingleton<LiveHub>();
        builder.Services.TryAddSingleton<ILiveChanges>(provider => provider.GetRequiredService<LiveHub>());
        builder.Services.TryAddSingleton<LiveRelay>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(provider => provider.GetRequiredService<LiveRelay>());
        builder.Services.TryAddSingleton<ILivePublisher, ClusterLivePublisher>();
        return builder;
    }

    private static LiveOptions Options(IConfiguration configuration)
    {
        const string key = "Hotline:Live:RefreshInterval";
        var options = configuration.GetSection("Hotline:Live").Get<LiveOptions>() ?? new LiveOptions();
        if (options.RefreshInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{key} must be a positive time span (e.g. 00:00:10).");
        }
        return options;
    }
}
