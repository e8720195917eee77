using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Security;

/// <summary>Entry class of the security category plugin; the host registers its handler by scanning.</summary>
public sealed class SecurityPlugin : IHotlinePlugin
{
    // The handler needs no services of its own: it is a word list over KeywordCategoryHandler.
    public void ConfigureServices(IServiceCollection services)
    {
    }
}
