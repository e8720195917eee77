using Hotline.Storage.ContractTests.Support;
using Hotline.Storage.Migrations;
using Hotline.TestKit;

namespace Hotline.Storage.ContractTests.Schema;

/// <summary>Every module's migrations run as one sequence by global number; a broken set fails before any database is touched.</summary>
public sealed class MigrationSetTests
{
    [Fact]
    public void Combine_FilesOfSeveralModules_RunInGlobalNumberOrder()
    {
        var storage = FakeModuleAssembly.With("Storage", "Storage.Migrations.0001_base.sql", "Storage.Migrations.0004_more_base.sql");
        var tickets = FakeModuleAssembly.With("Tickets", "Tickets.Migrations.0003_tickets.sql", "Tickets.Migrations.0002_lists.sql");

        var migrator = new SchemaMigrator([tickets, storage]);

        Assert.Equal(["0001_base", "0002_lists", "0003_tickets", "0004_more_base"], migrator.Labels);
        Assert.Equal(4, migrator.LatestVersion);
    }

    [Fact]
    public void Combine_SameNumberInTwoModules_FailsNamingBothFiles()
    {
        var storage = FakeModuleAssembly.With("Storage", "Storage.Migrations.0001_base.sql", "Storage.Migrations.0002_reminders.sql");
        var tickets = FakeModuleAssembly.With("Tickets", "Tickets.Migrations.0002_lists.sql");

        var error = Assert.Throws<SchemaMigrationException>(() => new SchemaMigrator([storage, tickets]));

        Assert.Contains("Two migrations share number 0002: 0002_reminders (Storage), 0002_lists (Tickets)", error.Message);
    }

    [Fact]
    public void Combine_NumberMissing_FailsNamingTheGap()
    {
        var storage = FakeModuleAssembly.With("Storage", "Storage.Migrations.0001_base.sql");
        var tickets = FakeModuleAssembly.With("Tickets", "Tickets.Migrations.0003_lists.sql");

        var error = Assert.Throws<SchemaMigrationException>(() => new SchemaMigrator([storage, tickets]));

        Assert.Contains("Migration number 0002 is missing before 0003_lists (Tickets)", error.Message);
    }

    [Fact]
    public void Combine_FirstNumberMissing_Fails()
    {
        var tickets = FakeModuleAssembly.With("Tickets", "Tickets.Migrations.0002_lists.sql");

        var error = Assert.Throws<SchemaMigrationException>(() => new SchemaMigrator([tickets]));

        Assert.Contains("Migration number 0001 is missing before 0002_lists (Tickets)", error.Message);
    }

    [Theory]
    [InlineData("Tickets.Queries.0002_lists.sql")]
    [InlineData("Tickets.0002_lists.sql")]
    [InlineData("Other.Migrations.0002_lists.sql")]
    public void Combine_SqlEmbeddedOutsideTheMigrationsFolder_FailsNamingIt(string resource)
    {
        var storage = FakeModuleAssembly.With("Storage", "Storage.Migrations.0001_base.sql");
        var tickets = FakeModuleAssembly.With("Tickets", resource);

        var error = Assert.Throws<SchemaMigrationException>(() => new SchemaMigrator([storage, tickets]));

        Assert.Contains($"Tickets embeds '{resource}' outside its Migrations folder", error.Message);
    }

    [Theory]
    [InlineData("Tickets.Migrations.lists.sql")]
    [InlineData("Tickets.Migrations.0000_lists.sql")]
    [InlineData("Tickets.Migrations.old.0002_lists.sql")]
    public void Combine_FileNotNamedNnnnName_FailsNamingIt(string resource)
    {
        var tickets = FakeModuleAssembly.With("Tickets", resource);

        var error = Assert.Throws<SchemaMigrationException>(() => new SchemaMigrator([tickets]));

        Assert.Contains("in Tickets must be named Migrations/NNNN_name.sql", error.Message);
    }

    [Fact]
    public void HotlineSchema_EveryModule_NumbersRunFromOneToLatest()
    {
        var migrator = HotlineSchema.Migrator();

        Assert.Equal(Enumerable.Range(1, migrator.LatestVersion), migrator.Labels.Select(l => int.Parse(l[..4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(migrator.LatestVersion >= 12);
    }
}
