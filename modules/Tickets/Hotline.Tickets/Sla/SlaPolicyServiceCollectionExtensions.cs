using Hotline.BuildingBlocks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Tickets.Sla;

public static class SlaPolicyServiceCollectionExtensions
{
    /// <summary>
    /// Checks Hotline:Sla now, so a bad policy stops the start naming its key, and registers
    /// <see cref="SlaPolicy"/> in the business time zone (the TimeZoneInfo singleton the host registers).
    /// </summary>
    public static IServiceCollection AddSlaPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        var unknown = SlaUnknownKeys.In(configuration.GetSection(SlaPolicyOptions.SectionName), typeof(SlaPolicyOptions)).ToArray();
        if (unknown.Length > 0)
        {
            throw new OptionsValidationException(SlaPolicyOptions.SectionName, typeof(SlaPolicyOptions), unknown);
        }

        var options = services.BindChecked<SlaPolicyOptions>(configuration, SlaPolicyOptions.SectionName);
        services.AddSingleton(provider => new SlaPolicy(options, provider.GetRequiredService<TimeZoneInfo>()));
        services.AddSingleton<Hotline.Tickets.Contracts.ISlaLimits>(provider => provider.GetRequiredService<SlaPolicy>());
        return services;
    }
}
