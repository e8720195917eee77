using System.Data.Common;
using Npgsql;

namespace Hotline.Storage.Connections;

/// <summary>
/// What the host's pooled connections use unless the connection string says otherwise. Profiled under a registration
/// load (BENCHMARKS.md "Where a registration's time goes"), PostgreSQL spent about two fifths of its time parsing and
/// planning the same few dozen statements again, and ran a DISCARD ALL each time a connection went back to the pool
/// (about a dozen per registration). So statements used twice on a connection are kept prepared there, and a returned
/// connection is not reset: Hotline leaves no session state behind (no SET, LISTEN or temporary table; the migrator's
/// advisory lock uses the string as given and unlocks itself).
/// </summary>
public static class PooledConnectionDefaults
{
    public const int MaxAutoPrepare = 128;
    public const int AutoPrepareMinUsages = 2;

    /// <summary>The connection string with these defaults for every setting it does not name itself.</summary>
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Names(given, "Auto Prepare Min Usages", "AutoPrepareMinUsages"))
        {
            tuned.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        if (!Names(given, "No Reset On Close", "NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ConnectionString;
    }

    private static bool Names(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
