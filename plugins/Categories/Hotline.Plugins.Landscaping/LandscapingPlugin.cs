using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Landscaping;

/// <summary>Entry class of the landscaping category plugin; the host registers its handler by scanning.</summary>
public sealed class LandscapingPlugin : IHotlinePlugin
{
    // The handler needs no services of its own: it is a word list over KeywordCategoryHandler.
    public void ConfigureServices(IServiceCollection services)
    {
    }
}
