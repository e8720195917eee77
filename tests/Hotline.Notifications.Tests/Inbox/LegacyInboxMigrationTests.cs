using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Inbox;
using Hotline.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;

namespace Hotline.Notifications.Tests.Inbox;

/// <summary>
/// A database written by the inbox grain (one state per person, state name "inbox", every item inside) keeps its
/// items: the next silo to start moves them into inbox_items, once, and clears the states.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class LegacyInboxMigrationTests(NotificationFixture fixture)
{
    private static readonly DateTimeOffset T = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private InboxDriver Inboxes => new(fixture);

    [Fact]
    public async Task SiloStart_LegacyInboxStates_ItemsReadBackThroughTheApiOnceAndStatesCleared()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var plain = $"legacy-{suffix}";
        var hexLike = $"7E57{suffix}"; // reads as a hexadecimal number: Orleans files it under numbers, not the text
        var warningId = Guid.NewGuid();
        var ticketId = Guid.NewGuid();
        // In delivery order, as the grain appended them; the stand-in copy carries the person it was meant for.
        InboxItem[] plainItems =
        [
            new($"{warningId:N}/VerifyRequest", T, warningId, WarningLevel.Yellow, InboxItemKind.VerifyRequest, "【請核實】黃色預警", ticketId),
            new($"{ticketId:N}/start/DeadlineSoon", T.AddMinutes(30), null, null, InboxItemKind.DeadlineSoon, "Start deadline soon", ticketId),
            new($"{warningId:N}/Routed/for/north-head", T.AddHours(1), warningId, WarningLevel.Yellow, InboxItemKind.Routed, "【請報方案及完成時間】黃色預警", ticketId)
            {
                OnBehalfOf = "north-head",
            },
        ];
        InboxItem[] hexItems = [new($"{warningId:N}/PlanReported", T.AddHours(2), warningId, WarningLevel.Red, InboxItemKind.PlanReported, "【方案】", ticketId)];
        await WriteLegacy(plain, plainItems);
        await WriteLegacy(hexLike, hexItems);
        // Already a row (delivered again after the upgrade): still one item afterwards.
        Assert.True(await fixture.Inbox.Deliver(plain, plainItems[0]));

        await using (await fixture.StartHostAsync())
        {
        }

        var page = await Inboxes.Page(plain);
        Assert.Equal([plainItems[2].Id, plainItems[1].Id, plainItems[0].Id], page.Items.Select(i => i.Id));
        Assert.Equal(3, page.Unread);
        var routed = page.Items[0];
        Assert.Equal((T.AddHours(1), warningId, (WarningLevel?)WarningLevel.Yellow, InboxItemKind.Routed, "【請報方案及完成時間】黃色預警", (Guid?)ticketId, "north-head"),
            (routed.At, routed.WarningId, routed.Level, routed.Kind, routed.Title, routed.TicketId, routed.OnBehalfOf));
        Assert.Null(page.Items[1].Level);
        Assert.Equal([hexItems[0].Id], (await Inboxes.Page(hexLike)).Items.Select(i => i.Id));
        Assert.Equal(0L, await LegacyStatesWithItems());

        // A second run (the next start) finds nothing to move and leaves the rows as they are.
        Assert.Equal(0, await fixture.Host.App.Services.GetRequiredService<LegacyInboxMigration>().Run(CancellationToken.None));
        Assert.Equal(3, (await Inboxes.All(plain)).Length);
    }

    /// <summary>What the inbox grain's [PersistentState("inbox")] wrote: its state through the silo's grain storage.</summary>
    private async Task WriteLegacy(string personId, InboxItem[] items)
    {
        var storage = fixture.Host.App.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var grainId = GrainId.Create(GrainType.Create("inbox"), IdSpan.Create(personId));
        await storage.WriteStateAsync(LegacyInboxState.StateName, grainId, new GrainState<LegacyInboxState>(new LegacyInboxState { Items = [.. items] }));
    }

    private async Task<long> LegacyStatesWithItems()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from orleans_storage where serviceid = @service and statename = 'inbox' and payloadbinary is not null", connection);
        command.Parameters.AddWithValue("service", fixture.ServiceId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
