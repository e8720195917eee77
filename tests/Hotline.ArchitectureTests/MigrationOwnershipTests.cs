using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Each module owns its migrations (embedded in its own assembly) and, through them, its own tables.</summary>
public sealed class MigrationOwnershipTests
{
    private static readonly IReadOnlyList<(RepoProject Project, string File)> SqlFiles = RepoProjects.Current.Modules
        .SelectMany(p => Directory.EnumerateFiles(p.Directory, "*.sql", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (p, f)))
        .ToList();

    [Fact]
    public void MigrationFiles_InAModulesMigrationsFolder_EmbeddedInThatModulesAssembly()
    {
        var assemblies = ModuleAssemblies.Load().ToDictionary(a => a.Project.Name, a => a.Assembly.GetManifestResourceNames());

        Assert.Contains(SqlFiles, f => f.Project.Name == "Hotline.Tickets");
        Verdict.NoViolations("Module migrations embedded as <Assembly>.Migrations.<file> in their own module", SqlFiles
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f.File)) != "Migrations"
                || !assemblies[f.Project.Name].Contains($"{f.Project.Name}.Migrations.{Path.GetFileName(f.File)}"))
            .Select(f => $"{RepoProjects.Current.Relative(f.File)}: not embedded as {f.Project.Name}.Migrations.{Path.GetFileName(f.File)} " +
                "(put it in the module's Migrations folder, which its csproj embeds)"));
    }

    [Fact]
    public void ModuleAssemblies_EmbedSqlOnlyFromTheirMigrationsFolder()
    {
        Verdict.NoViolations("SQL resources outside a Migrations folder", ModuleAssemblies.Load()
            .SelectMany(a => a.Assembly.GetManifestResourceNames()
                .Where(r => r.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) && !r.StartsWith($"{a.Project.Name}.Migrations.", StringComparison.Ordinal))
                .Select(r => $"{a.Project.Name}: {r}")));
    }

    [Fact]
    public void Migrations_TouchOnlyTheirModulesTables()
    {
        var files = SqlFiles.OrderBy(f => Path.GetFileName(f.File), StringComparer.Ordinal)
            .Select(f => new MigrationRules.MigrationFile(f.Project.Module!, RepoProjects.Current.Relative(f.File), File.ReadAllText(f.File)))
            .ToList();

        Assert.True(files.Count >= 12, $"only {files.Count} migration files found");
        Verdict.NoViolations("A module's migrations touch only its own tables", MigrationRules.ForeignTables(files));
    }

    [Fact]
    public void ForeignTables_ModuleAltersOrIndexesAnotherModulesTable_Reported()
    {
        var files = new MigrationRules.MigrationFile[]
        {
            new("Tickets", "0001_list.sql", "create table ticket_list (id uuid primary key); -- alter table other"),
            new("Escalation", "0002_ledger.sql", "create table ledger (id uuid references ticket_list (id));"),
            new("Notifications", "0003_inbox.sql", "alter table ticket_list add column x int; create index i on ledger (id);"),
            new("Security", "0004_copy.sql", "create table ticket_list (id uuid); insert into ledger values ('alter table ticket_list');"),
        };

        Verdict.Reports(MigrationRules.ForeignTables(files),
            "0002_ledger.sql: touches ticket_list, owned by Tickets, not Escalation",
            "0003_inbox.sql: touches ticket_list, owned by Tickets, not Notifications",
            "0003_inbox.sql: touches ledger, owned by Escalation, not Notifications",
            "0004_copy.sql: creates ticket_list, which Tickets already owns",
            "0004_copy.sql: touches ledger");
        Assert.DoesNotContain(MigrationRules.ForeignTables(files), v => v.StartsWith("0001_list.sql", StringComparison.Ordinal));
    }
}
