using Hotline.Storage.Migrations;
using Hotline.TestKit;

namespace Hotline.Storage.ContractTests.Support;

/// <summary>A fresh database on the test PostgreSQL with every Hotline migration applied.</summary>
public static class MigratedDatabase
{
    public static async Task<string> CreateAsync(string prefix)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(prefix);
        await HotlineSchema.Migrator().MigrateAsync(connectionString);
        return connectionString;
    }
}
