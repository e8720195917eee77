using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Engineering;

/// <summary>Entry class of the engineering category plugin; the host registers its handler by scanning.</summary>
public sealed class EngineeringPlugin : IHotlinePlugin
{
    // The handler needs no services of its own: it is a word list over KeywordCategoryHandler.
    public void ConfigureServices(IServiceCollection services)
    {
    }
}
