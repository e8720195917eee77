using Hotline.Storage.Embedded;

namespace Hotline.Host.Storage;

/// <summary>A started, migrated database: its connection string and the embedded server, if one is used.</summary>
public sealed record OpenDatabase(string ConnectionString, EmbeddedPostgres? Embedded);
