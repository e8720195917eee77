namespace Hotline.Storage.ContractTests.Support;

/// <summary>A migrated database shared by one test class; its tests keep apart by cluster or service id.</summary>
public sealed class MigratedDatabaseFixture : IAsyncLifetime
{
    private string? _connectionString;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is not ready.");

    public async Task InitializeAsync() => _connectionString = await MigratedDatabase.CreateAsync("contract_shared");

    public Task DisposeAsync() => Task.CompletedTask;
}
