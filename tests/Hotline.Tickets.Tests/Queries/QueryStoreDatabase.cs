using Hotline.Storage.Migrations;
using Hotline.TestKit;
using Hotline.Tickets.Queries;
using Npgsql;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>A fresh, migrated database per test with the store on it, and a few raw SQL helpers.</summary>
public sealed class QueryStoreDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public PostgresTicketQueryStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("querystore");
        await HotlineSchema.Migrator().MigrateAsync(ConnectionString);
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        Store = new PostgresTicketQueryStore(DataSource);
    }

    public async Task DisposeAsync() => await DataSource.DisposeAsync();

    public async Task<long> Scalar(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task UpsertAll(params TicketListRow[] rows)
    {
        foreach (var row in rows)
        {
            await Store.Upsert(row);
        }
    }
}
