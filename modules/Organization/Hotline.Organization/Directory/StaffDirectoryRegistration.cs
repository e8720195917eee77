using Hotline.Organization.Contracts;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddSingleton<IStaffSource, CompanyStaffSource>();
        services.AddSingleton<IStaffDirectory, StaffDirectory>();
        return services;
    }
}
