using Hotline.Organization.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Storage;

namespace Hotline.Notifications.Inbox;

/// <summary>
/// Moves the retired inbox grain's states into inbox_items when the silo becomes active, once: each state is read
/// through the grain storage provider (so with the serializer it was written with), its items are delivered as rows
/// (idempotent by item id), then the state is cleared. A cleared state is not read again, so later starts cost one
/// empty index lookup; silos starting together at worst deliver the same items twice, which leaves one row each.
/// </summary>
public sealed class LegacyInboxMigration(
    NpgsqlDataSource dataSource,
    IServiceProvider services,
    IOptions<ClusterOptions> cluster,
    InboxStore inbox,
    IStaffDirectory staff,
    ILogger<LegacyInboxMigration> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private const int Batch = 100;

    private const string StatesSql = """
        select grainidn0, grainidn1, grainidextension from orleans_storage
        where serviceid = @service and statename = @state and payloadbinary is not null
        order by grainidn0, grainidn1, grainidextension
        limit @limit offset @skip
        """;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LegacyInboxMigration), ServiceLifecycleStage.Active, Run);

    /// <summary>Migrates every legacy state left; how many were moved.</summary>
    public async Task<int> Run(CancellationToken ct)
    {
        var storage = services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        IReadOnlyList<string>? people = null;
        int moved = 0, skipped = 0;
        while (true)
        {
            // A moved state is cleared and drops out of the query; only those skipped stay ahead of the next batch.
            var keys = await Keys(skipped, ct);
            if (keys.Count == 0)
            {
                break;
            }

            foreach (var (n0, n1, extension) in keys)
            {
                people ??= [.. (await staff.GetPeople()).Select(p => p.Id)];
                if (LegacyInboxKeys.PersonOf(n0, n1, extension, people) is not { } personId)
                {
                    logger.LogWarning("Legacy inbox state ({N0}, {N1}, {Extension}) names no person id; left in place", n0, n1, extension);
                    skipped++;
                    continue;
                }

                if (await Move(storage, personId, ct))
                {
                    moved++;
                }
                else
                {
                    skipped++;
                }
            }
        }

        if (moved + skipped > 0)
        {
            logger.LogInformation("Legacy inboxes: {Moved} moved into inbox_items, {Skipped} left in place", moved, skipped);
        }

        return moved;
    }

    private async Task<bool> Move(IGrainStorage storage, string personId, CancellationToken ct)
    {
        var grainId = GrainId.Create(GrainType.Create(LegacyInboxState.StateName), IdSpan.Create(personId));
        var state = new GrainState<LegacyInboxState>();
        try
        {
            await storage.ReadStateAsync(LegacyInboxState.StateName, grainId, state);
            var items = state.State?.Items ?? [];
            var added = await inbox.DeliverAll(personId, items.IsDefault ? [] : items, ct);
            await storage.ClearStateAsync(LegacyInboxState.StateName, grainId, state);
            logger.LogInformation("Legacy inbox of {PersonId}: {Items} items, {Added} new rows", personId, items.IsDefault ? 0 : items.Length, added);
            return true;
        }
        catch (InconsistentStateException)
        {
            return true; // another silo cleared it meanwhile, after moving the same items
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Legacy inbox of {PersonId} could not be moved; the next start tries again", personId);
            return false;
        }
    }

    private async Task<List<(long N0, long N1, string? Extension)>> Keys(int skip, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(StatesSql);
        command.Parameters.Add(new NpgsqlParameter<string>("service", NpgsqlDbType.Text) { TypedValue = cluster.Value.ServiceId });
        command.Parameters.Add(new NpgsqlParameter<string>("state", NpgsqlDbType.Text) { TypedValue = LegacyInboxState.StateName });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = Batch });
        command.Parameters.Add(new NpgsqlParameter<int>("skip", NpgsqlDbType.Integer) { TypedValue = skip });
        var keys = new List<(long, long, string?)>(Batch);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add((reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return keys;
    }
}
