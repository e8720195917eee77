using Hotline.Operations.Contracts;

namespace Hotline.Host.Storage;

/// <summary>The operators' view of the embedded server (Operations module), from the host's open database.</summary>
internal sealed class EmbeddedDatabase(HotlineDatabase database) : IEmbeddedDatabase
{
    public EmbeddedDatabaseState? Describe() => database.Embedded is { } server
        ? new EmbeddedDatabaseState(server.IsServerRunning, server.Port, server.DataFolder, server.LiveHosts)
        : null;
}
