using Hotline.Storage.Migrations;

namespace Hotline.Host.Storage;

/// <summary>
/// The start step of a host that does not migrate (Hotline:Database:MigrateAtStart=false): one read of the schema
/// version, no DDL, so a role without DDL rights can run it. Applied migrations' checksums are checked by
/// <c>hotline migrate</c>, which the operator runs with the owning role before such hosts start.
/// </summary>
internal static class SchemaVersionCheck
{
    public static async Task RequireCurrentAsync(SchemaMigrator migrator, string connectionString, ILogger logger, CancellationToken ct)
    {
        var current = await migrator.CurrentVersionAsync(connectionString, ct);
        if (current < migrator.LatestVersion)
        {
            throw new SchemaMigrationException(
                $"The database schema is at version {current}, this Hotline needs {migrator.LatestVersion}, and " +
                $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.MigrateAtStart)} is false: run 'hotline migrate' with the migrating role first.");
        }

        if (current > migrator.LatestVersion)
        {
            // The same refusal as a migrating start: a newer schema belongs to a newer build.
            throw new SchemaMigrationException(
                $"The database schema is at version {current}, this Hotline knows up to {migrator.LatestVersion}; upgrade Hotline.");
        }

        logger.LogInformation("Database schema at version {Version} (checked, not migrated: {Key} is false)", current, $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.MigrateAtStart)}");
    }
}
