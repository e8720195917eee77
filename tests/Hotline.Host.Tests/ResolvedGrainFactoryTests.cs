using Hotline.Host.Silo;
using Hotline.Organization.Contracts;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Hotline.Host.Tests;

/// <summary>
/// The silo's grain factory works out each interface's type once (issue 14's profile) and must still give exactly the
/// references Orleans' own factory gives, to grains and endpoints alike.
/// </summary>
public sealed class ResolvedGrainFactoryTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task SilosGrainFactory_GivesOrleansOwnReferences_AndItsCallsReachTheGrains()
    {
        var services = fixture.Host.App.Services;
        var factory = services.GetRequiredService<IGrainFactory>();
        var orleans = services.GetRequiredService<IClusterClient>(); // Orleans' own factory behind it, not decorated
        Assert.IsType<ResolvedGrainFactory>(factory);

        var id = Guid.Parse("0b7c6a52-3f1d-4c8e-9a41-5d2e8f6b1c30");
        for (var round = 0; round < 2; round++)
        {
            // The grain id worked out by hand: Orleans names a grain type by its class without "Grain", lower-cased.
            var ticket = (GrainReference)(object)factory.GetGrain<ITicketGrain>(id);
            Assert.Equal("ticket/0b7c6a523f1d4c8e9a415d2e8f6b1c30", ticket.GrainId.ToString());
            Assert.Equal(((GrainReference)(object)orleans.GetGrain<ITicketGrain>(id)).InterfaceType, ticket.InterfaceType);

            var branch = (GrainReference)(object)factory.GetGrain<IBranchGrain>("north");
            Assert.Equal("branch/north", branch.GrainId.ToString());
            Assert.Equal(((GrainReference)(object)orleans.GetGrain<IBranchGrain>("north")).InterfaceType, branch.InterfaceType);
        }

        Assert.Throws<ArgumentException>(() => factory.GetGrain<IBranchGrain>(" "));
        Assert.Null(await factory.GetGrain<ITicketGrain>(id).Get());
    }
}
