using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Hotline.Live.Contracts;
using Hotline.Organization.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Organization.Tests.Rosters;

/// <summary>
/// Issue 13, live administration: a duty roster set and a project's households set each tell the open administration
/// pages, by id (the person; the project with its branch), after the change is stored. Waits for each; never sleeps.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class OrganizationLiveTests(OrganizationFixture fixture)
{
    private const string Person = "harbour-handler-2"; // always on duty in the demo organisation, and again at the end

    [Fact]
    public async Task I13_ADutyRosterAndAProjectsHouseholds_EachPublishAnOrganizationChange()
    {
        var changes = Channel.CreateUnbounded<LiveChange>();
        using var subscription = fixture.Host.App.Services.GetRequiredService<ILiveChanges>().Subscribe(
            c => c.Topic == LiveTopic.Organization,
            c => changes.Writer.WriteAsync(c).AsTask());
        try
        {
            var duty = await fixture.Http.PutAsJsonAsync($"/api/organization/people/{Person}/duty",
                new { duty = new[] { new { days = new[] { "Saturday" }, start = "09:00", end = "17:00" } } });
            Assert.Equal(HttpStatusCode.OK, duty.StatusCode);
            var person = await Next(changes, c => c.Id == $"person/{Person}");
            Assert.Equal(Person, person.PersonId);

            // p-harbour keeps its 2000 households (config/demo-organisation.json): set again, it is still a change told.
            var households = await fixture.Http.PutAsJsonAsync("/api/organization/projects/p-harbour/households", new { households = 2000 });
            Assert.Equal(HttpStatusCode.OK, households.StatusCode);
            var project = await Next(changes, c => c.Id == "project/p-harbour");
            Assert.Equal(("p-harbour", "south", (string?)null), (project.ProjectId, project.BranchId, project.PersonId));
        }
        finally
        {
            await fixture.Http.PutAsJsonAsync($"/api/organization/people/{Person}/duty", new { duty = Array.Empty<object>() });
        }
    }

    private static async Task<LiveChange> Next(Channel<LiveChange> changes, Func<LiveChange, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var change = await changes.Reader.ReadAsync(timeout.Token);
            if (wanted(change))
            {
                return change;
            }
        }
    }
}
