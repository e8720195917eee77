namespace Hotline.Storage.ContractTests.Support;

/// <summary>One silo on its own migrated database, shared by the tests of <see cref="SiloCollection"/>.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    private ContractSilo? _silo;

    public ContractSilo Silo => _silo ?? throw new InvalidOperationException("The silo has not started.");

    public async Task InitializeAsync()
    {
        var connectionString = await MigratedDatabase.CreateAsync("contract_silo");
        _silo = await ContractSilo.StartAsync(connectionString);
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
