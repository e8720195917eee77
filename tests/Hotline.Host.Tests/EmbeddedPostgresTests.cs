using Hotline.Storage.Embedded;

namespace Hotline.Host.Tests;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    public void Locate_NoBinariesAnywhere_SaysWhichPackageToInstall()
    {
        var empty = Directory.CreateTempSubdirectory("no-pg").FullName;

        var error = Assert.Throws<EmbeddedPostgresException>(() => PostgresBinaries.Locate(null, empty, Path.Combine(empty, "nothing")));

        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("ConnectionStrings:Hotline", error.Message);
    }

    [Fact]
    public void Locate_ConfiguredFolderWithoutBinaries_NamesTheConfigKey()
    {
        var empty = Directory.CreateTempSubdirectory("no-pg").FullName;

        var error = Assert.Throws<EmbeddedPostgresException>(() => PostgresBinaries.Locate(empty, null, "/nonexistent"));

        Assert.Contains("Hotline:EmbeddedPostgres:BinFolder", error.Message);
    }

    [Fact]
    public void Locate_DebianLayout_PicksTheNewestMajorVersion()
    {
        var root = Directory.CreateTempSubdirectory("pg-root").FullName;
        foreach (var major in new[] { "9", "15", "13" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(root, major, "bin")).FullName;
            File.WriteAllText(Path.Combine(bin, "initdb"), "");
            File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        }

        var found = PostgresBinaries.Locate(null, "", root);

        Assert.Equal(Path.Combine(root, "15", "bin", "initdb"), found.InitDb);
    }
}
