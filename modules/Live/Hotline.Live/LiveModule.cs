using Hotline.Live.Contracts;
using Hotline.Live.Hub;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Live;

/// <summary>
/// Live pushes (issue 13 "Live means pushed"): grains tell <see cref="ILivePublisher"/> after a change is durable; console
/// circuits subscribe through <see cref="ILiveChanges"/>. Notices carry ids only, so a page always re-reads through the
/// reader's own access rules.
/// </summary>
public static class LiveModule
{
    /// <summary>Registers the per-process hub (<see cref="ILiveChanges"/>) and the publisher.</summary>
    public static IHostApplicationBuilder AddLiveModule(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<LiveHub>();
        builder.Services.TryAddSingleton<ILiveChanges>(provider => provider.GetRequiredService<LiveHub>());
        builder.Services.TryAddSingleton<ILivePublisher, LocalLivePublisher>();
        return builder;
    }
}
