using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.BuildingBlocks.Observability;

/// <summary>Each module that counts calls this; the meter is one per host (IMeterFactory), whoever registers first.</summary>
public static class HotlineMetricsRegistration
{
    public static IServiceCollection AddHotlineMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<HotlineMetrics>();
        services.TryAddSingleton(sp => sp.GetRequiredService<HotlineMetrics>().Figures);
        return services;
    }
}
