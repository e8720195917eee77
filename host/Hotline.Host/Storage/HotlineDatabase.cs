using Hotline.Storage.Embedded;

namespace Hotline.Host.Storage;

/// <summary>The database this process uses: the configured server, or the embedded one it started or shares.</summary>
public sealed record HotlineDatabase(string ConnectionString, EmbeddedPostgres? Embedded)
{
    public const string ConnectionStringKey = "ConnectionStrings:Hotline";
}
