using Hotline.Storage.ContractTests.Support;
using Npgsql;

namespace Hotline.Storage.ContractTests.Schema;

/// <summary>Orleans cannot produce an empty extension, so the NULL-versus-'' rule of the identity index is checked in SQL.</summary>
public sealed class StorageIdentityTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    [Fact]
    public async Task Insert_NullAndEmptyExtension_AreDistinctRowsButSecondNullConflicts()
    {
        const string insert = """
            insert into orleans_storage (serviceid, statename, grainidn0, grainidn1, grainidextension, version)
            values ('identity', 'state', 0, 5, @extension, 1)
            """;
        await Sql.ExecuteAsync(database.ConnectionString, insert, ("extension", DBNull.Value));
        await Sql.ExecuteAsync(database.ConnectionString, insert, ("extension", ""));

        var duplicate = await Assert.ThrowsAsync<PostgresException>(() =>
            Sql.ExecuteAsync(database.ConnectionString, insert, ("extension", DBNull.Value)));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
        Assert.Equal(2L, await Sql.ScalarAsync<long>(database.ConnectionString,
            "select count(*) from orleans_storage where serviceid = 'identity'"));
    }
}
