using Hotline.Storage.ContractTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace Hotline.Storage.ContractTests.Startup;

[Collection(SiloCollection.Name)]
public sealed class ProviderStartupTests(SiloFixture fixture)
{
    [Fact]
    public async Task Silo_StartedOnMigratedDatabase_AllThreeProvidersServeIt()
    {
        var services = fixture.Silo.Services;
        var self = services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

        // The silo joined through our clustering SQL, so it must be listed as Active.
        var membership = await services.GetRequiredService<IMembershipTable>().ReadAllAsync();
        var reminders = await services.GetRequiredService<IReminderTable>().ReadRows(GrainIds.NewGuidKey());

        Assert.Contains(membership.Members, m => m.Item1.SiloAddress.Equals(self) && m.Item1.Status == SiloStatus.Active);
        Assert.Empty(reminders.Reminders);
        Assert.All([ContractSilo.Storage, ContractSilo.DeletingStorage, ContractSilo.CollidingStorage],
            name => Assert.NotNull(services.GetKeyedService<IGrainStorage>(name)));
    }

    [Fact]
    public async Task Catalog_AfterMigrations_HoldsExactlyTheProviderKeys()
    {
        string[] expected =
        [
            "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
            "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
            "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
            "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "InsertMembershipKey",
            "UpdateMembershipKey", "UpdateIAmAlivetimeKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
            "CleanupDefunctSiloEntriesKey",
        ];

        var keys = await Sql.ColumnAsync(fixture.Silo.ConnectionString, "select querykey from orleansquery");

        Assert.Equal(expected.Order(), keys.Order());
    }
}
