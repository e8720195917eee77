using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Tickets.Queries;

public static class TicketQueryStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITicketQueryStore"/> (PostgreSQL) and <see cref="TicketQueryRebuilder"/>.
    /// Expects an <c>NpgsqlDataSource</c> singleton on the Hotline database, and a silo (for the rebuilder).
    /// </summary>
    public static IServiceCollection AddTicketQueryStore(this IServiceCollection services)
    {
        services.TryAddSingleton<ITicketQueryStore, PostgresTicketQueryStore>();
        services.TryAddSingleton<TicketQueryRebuilder>();
        services.TryAddSingleton<Hotline.Tickets.Contracts.ITicketScopes, TicketListScopes>();
        services.TryAddSingleton<Hotline.Tickets.Contracts.ITicketDirectory, TicketDirectory>();
        services.TryAddSingleton<Hotline.Tickets.Contracts.Lists.ITicketList, TicketList>();
        return services;
    }
}
