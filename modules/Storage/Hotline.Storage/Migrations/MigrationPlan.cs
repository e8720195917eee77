namespace Hotline.Storage.Migrations;

/// <summary>Decides which embedded migrations a database still needs, refusing anything that is not a clean upgrade.</summary>
internal static class MigrationPlan
{
    public static IReadOnlyList<Migration> Pending(IReadOnlyList<Migration> known, IReadOnlyList<AppliedMigration> applied)
    {
        var latestKnown = known.Count == 0 ? 0 : known[^1].Version;
        var latestApplied = applied.Count == 0 ? 0 : applied.Max(a => a.Version);
        if (latestApplied > latestKnown)
        {
            throw new SchemaMigrationException(
                $"The database schema is at version {latestApplied}, this Hotline knows up to {latestKnown}; upgrade Hotline.");
        }

        var knownByVersion = known.ToDictionary(m => m.Version);
        foreach (var row in applied)
        {
            if (!knownByVersion.TryGetValue(row.Version, out var migration))
            {
                throw new SchemaMigrationException(
                    $"The database has migration {row.Version:D4}_{row.Name}, which this Hotline does not contain; use the Hotline build that created it.");
            }

            if (migration.Checksum != row.Checksum)
            {
                throw new SchemaMigrationException(
                    $"Migration {migration.Label} was changed after it was applied (checksum {row.Checksum} in the database, " +
                    $"{migration.Checksum} in this build). Applied migrations are immutable: restore the file and add a new migration instead.");
            }
        }

        var appliedVersions = applied.Select(a => a.Version).ToHashSet();
        var pending = known.Where(m => !appliedVersions.Contains(m.Version)).ToList();
        // Migrations run strictly in order; one numbered below an applied migration was added out of sequence.
        var outOfOrder = pending.FirstOrDefault(m => m.Version < latestApplied);
        if (outOfOrder is not null)
        {
            throw new SchemaMigrationException(
                $"Migration {outOfOrder.Label} is not applied but later migration {latestApplied} is; renumber it after {latestApplied}.");
        }

        return pending;
    }
}
