using Hotline.Organization.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Organization.Directory;

internal static class StaffDirectoryRegistration
{
    /// <summary>One <see cref="IStaffDirectory"/> per silo, and the filter that tells it about changes this silo makes.</summary>
    public static IServiceCollection AddStaffDirectory(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.AddOptions<StaffDirectoryOptions>()
            .Bind(configuration.GetSection(StaffDirectoryOptions.SectionName))
            .Validate(o => o.CheckInterval > TimeSpan.Zero, $"{StaffDirectoryOptions.SectionName}:CheckInterval must be positive")
            .ValidateOnStart();
        services.AddSingleton<DirectoryChanges>();
        services.AddSingleton<IOutgoingGrainCallFilter, DirectoryChangeFilter>();
        // Resolved on first use (a request), when the grain factory is long built.
        services.AddSingleton<IStaffDirectory>(sp => new StaffDirectory(
            sp.GetRequiredService<IGrainFactory>().GetGrain<IStaffDirectorySource>(ICompanyGrain.SingletonKey),
            sp.GetRequiredService<DirectoryChanges>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<StaffDirectoryOptions>>()));
        return services;
    }
}
