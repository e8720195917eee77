using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Organization.Contracts;
using Hotline.Organization.Directory;
using Hotline.TestKit;
using Hotline.Tickets.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Security.Tests.Access;

/// <summary>
/// A host of its own counting the calls ticket grains receive and the people looked up in the staff directory, with one
/// ticket of p-sunrise, so only the batched-ask test's own asks are counted.
/// </summary>
public sealed class BatchHostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public GrainCallCounter<TicketGrain> TicketCalls { get; } = new();

    public CountingStaffDirectory Staff { get; private set; } = null!;

    public HotlineTestHost Host { get; private set; } = null!;

    public Guid TicketId { get; private set; }

    public async Task InitializeAsync()
    {
        var connection = await TestPostgres.CreateDatabaseAsync(nameof(BatchHostFixture).ToLowerInvariant());
        Host = await HotlineTestHost.StartAsync(connection, $"test-{Guid.NewGuid():N}"[..20], Clock, configure: b =>
        {
            b.Services.AddSingleton<IIncomingGrainCallFilter>(TicketCalls);
            // The directory as registered, wrapped: every lookup the policy makes passes the counter.
            b.Services.AddSingleton<StaffDirectory>();
            b.Services.AddSingleton<IStaffDirectory>(sp => Staff = new CountingStaffDirectory(sp.GetRequiredService<StaffDirectory>()));
        });
        var created = await Host.ClientAs("cc-agent-1").PostAsJsonAsync("/api/tickets",
            new { kind = "Complaint", projectId = "p-sunrise", text = "5號樓門禁故障", householdNotGiven = true });
        created.EnsureSuccessStatusCode();
        TicketId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
