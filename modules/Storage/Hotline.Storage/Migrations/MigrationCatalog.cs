using System.Reflection;

namespace Hotline.Storage.Migrations;

/// <summary>
/// Every module's migrations as one sequence. Numbers are global: they order the files across modules, so the
/// set must be exactly 0001..latest, each number once. A duplicate or a gap is a merge mistake and stops the start.
/// </summary>
internal static class MigrationCatalog
{
    public static IReadOnlyList<Migration> Combine(IEnumerable<Assembly> sources)
    {
        var migrations = sources.Distinct().SelectMany(ModuleMigrations.Read).OrderBy(m => m.Version).ToList();
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SchemaMigrationException(
                $"Two migrations share number {duplicate.Key:D4}: {string.Join(", ", duplicate.Select(Describe))}; give the newer one the next free number.");
        }

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new SchemaMigrationException(
                    $"Migration number {i + 1:D4} is missing before {Describe(migrations[i])}; numbers run 0001..latest without gaps " +
                    "(is the module that owns it registered, and its Migrations folder embedded?).");
            }
        }

        return migrations;
    }

    private static string Describe(Migration m) => $"{m.Label} ({m.Module})";
}
