using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.OrderMaintenance;

/// <summary>Entry class of the order-maintenance (秩序維護) category plugin, category code <c>security</c>; the host registers its handler by scanning.</summary>
public sealed class OrderMaintenancePlugin : IHotlinePlugin
{
    // The handler needs no services of its own: it is a word list over KeywordCategoryHandler.
    public void ConfigureServices(IServiceCollection services)
    {
    }
}
