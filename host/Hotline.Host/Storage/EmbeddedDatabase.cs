using Hotline.Operations.Contracts;

namespace Hotline.Host.Storage;

/// <summary>The operators' view of the embedded server (Operations module), from the host's open database and its supervisor.</summary>
internal sealed class EmbeddedDatabase(HotlineDatabase database, EmbeddedServerWatch watch) : IEmbeddedDatabase
{
    public EmbeddedDatabaseState? Describe()
    {
        if (database.Embedded is not { } server)
        {
            return null;
        }

        var (status, restarts, lastError) = watch.Read();
        return new EmbeddedDatabaseState(server.IsServerRunning, server.Port, server.DataFolder, server.LiveHosts, status, restarts, lastError);
    }
}
