namespace Hotline.Storage.Migrations;

/// <summary>What <see cref="SchemaMigrator.MigrateAsync"/> did.</summary>
/// <param name="PreviousVersion">Schema version found before migrating (0 for an empty database).</param>
/// <param name="CurrentVersion">Schema version after migrating.</param>
/// <param name="Applied">Migrations applied by this call, e.g. <c>0002_orleans_persistence</c>; empty when up to date.</param>
public sealed record MigrationResult(int PreviousVersion, int CurrentVersion, IReadOnlyList<string> Applied)
{
    public bool ChangedSchema => Applied.Count > 0;
}
