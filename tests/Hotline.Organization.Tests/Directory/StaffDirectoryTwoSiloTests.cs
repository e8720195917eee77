using System.Net;
using System.Net.Http.Json;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Organization.Tests.Directory;

/// <summary>
/// A9: a roster edit made through one silo reaches the next routing decision on that silo at once, and on every
/// other silo within the staff directory's check interval (2 s by default), measured on the shared fake clock.
/// </summary>
public sealed class StaffDirectoryTwoSiloTests(TwoHostFixture hosts) : IClassFixture<TwoHostFixture>
{
    private const string Liaison = "riverside-liaison"; // 08:00–20:00 in the demo organisation
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);
    private static readonly object DayShift = new { duty = new[] { new { start = "08:00", end = "20:00" } } };

    [Fact]
    public async Task A9_DutyChangeThroughOneSilo_SeenThereAtOnce_AndOnTheOtherSiloWithinTheCheckInterval()
    {
        var first = hosts.Cluster.Host.App.Services.GetRequiredService<IStaffDirectory>();
        var second = hosts.Second.App.Services.GetRequiredService<IStaffDirectory>();
        Assert.Equal("08:00", Assert.Single((await first.GetPerson(Liaison))!.Duty).Start);
        Assert.Equal("08:00", Assert.Single((await second.GetPerson(Liaison))!.Duty).Start);
        try
        {
            var response = await hosts.Cluster.Http.PutAsJsonAsync($"/api/organization/people/{Liaison}/duty",
                new { duty = new[] { new { days = new[] { "Saturday", "Sunday" }, start = "20:00", end = "08:00" } } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            // The silo that made the change: no time passes, its next read already has it.
            Assert.Equal("20:00", Assert.Single((await first.GetPerson(Liaison))!.Duty).Start);
            Assert.Equal("20:00", Assert.Single((await first.GetPeople()).Single(p => p.Id == Liaison).Duty).Start);

            // The other silo: once its copy is a check interval old.
            hosts.Cluster.Clock.Advance(CheckInterval);
            Assert.Equal("20:00", Assert.Single((await second.GetPerson(Liaison))!.Duty).Start);
            Assert.Equal("20:00", Assert.Single((await second.GetPeople()).Single(p => p.Id == Liaison).Duty).Start);
        }
        finally
        {
            await hosts.Cluster.Http.PutAsJsonAsync($"/api/organization/people/{Liaison}/duty", DayShift);
        }
    }
}
