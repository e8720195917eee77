using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.BuildingBlocks;

public static class MigrationSourceRegistration
{
    /// <summary>
    /// Adds the migrations embedded in <paramref name="assembly"/> to those the host runs at start; registering
    /// twice adds them once. Registration only records the source: nothing touches the database here.
    /// </summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (!services.Any(d => d.ServiceType == typeof(MigrationSource) && d.ImplementationInstance is MigrationSource s && s.Assembly == assembly))
        {
            services.AddSingleton(new MigrationSource(assembly));
        }

        return services;
    }
}
