using Hotline.Security.Contracts.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Tickets.Privacy;

public static class OwnerPrivacyServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IPrivacyAudit"/> (PostgreSQL). Expects an <c>NpgsqlDataSource</c> singleton on the Hotline database.</summary>
    public static IServiceCollection AddOwnerPrivacy(this IServiceCollection services)
    {
        services.TryAddSingleton<IPrivacyAudit, PostgresPrivacyAudit>();
        return services;
    }
}
