using Microsoft.Extensions.Logging;

namespace Hotline.Plugins.Tests;

/// <summary>Hands one <see cref="ListLogger"/> to every category, so a test reads all lines the services wrote.</summary>
internal sealed class ListLoggerProvider(ListLogger logger) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => logger;

    public void Dispose()
    {
    }
}
