using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Tickets.Categories;

public static class CategoryCatalogServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ICategoryCatalog"/> over every registered category handler.</summary>
    public static IServiceCollection AddCategoryCatalog(this IServiceCollection services)
    {
        services.TryAddSingleton<ICategoryCatalog, CategoryCatalog>();
        services.TryAddSingleton<Hotline.Tickets.Contracts.IIntakeClassifier, IntakeClassifier>();
        return services;
    }
}
