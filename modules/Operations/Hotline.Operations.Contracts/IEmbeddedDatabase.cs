namespace Hotline.Operations.Contracts;

/// <summary>Implemented by the host, which owns the database: the embedded server's state, or null when a configured server is used.</summary>
public interface IEmbeddedDatabase
{
    EmbeddedDatabaseState? Describe();
}
