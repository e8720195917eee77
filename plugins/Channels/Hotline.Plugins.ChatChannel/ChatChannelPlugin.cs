using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Plugins.ChatChannel;

/// <summary>Entry class of the chat channel plugin: registers the intake channel <c>chat</c>.</summary>
public sealed class ChatChannelPlugin : IHotlinePlugin
{
    public void ConfigureServices(IServiceCollection services)
    {
        // A factory: the host's configuration and logging exist only once its container is built.
        services.AddSingleton<IIntakeChannel>(provider => new ChatChannel(
            ChatChannelOptions.From(provider.GetService<IConfiguration>()),
            provider.GetService<ILoggerFactory>()?.CreateLogger<ChatChannel>() ?? NullLogger<ChatChannel>.Instance));
    }
}
