using Hotline.CallCenter.Contracts;
using Hotline.Channels.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.Options;

namespace Hotline.CallCenter.Owners;

/// <summary>Households from the registry, their tickets from the ticket list: two reads whatever the number of households.</summary>
public sealed class OwnerRecords(
    IHouseholdRegistry registry, ITicketDirectory directory, IOwnerPreferences preferences, IOptions<CallCenterOptions> options, TimeProvider time)
{
    /// <summary>The caller's households, and how they chose to be told (one more keyed read).</summary>
    public async Task<OwnerLookup> ForPhone(string phone, CancellationToken ct) =>
        await With(await registry.FindByPhone(phone), ct) with { PreferredChannel = await preferences.Preferred(phone, ct) };

    /// <summary>The household at an address (any spelling of building, unit and room); none when the project has no such registered household.</summary>
    public async Task<OwnerLookup> ForAddress(string projectId, string building, string? unit, string room, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(unit) ? $"{building}-{room}" : $"{building}-{unit}-{room}";
        var (_, household) = await registry.Find(projectId, name);
        return await With(household is null ? [] : [household], ct);
    }

    private async Task<OwnerLookup> With(IReadOnlyList<RegisteredHousehold> households, CancellationToken ct)
    {
        var settings = options.Value;
        var since = time.GetUtcNow() - TimeSpan.FromDays(settings.RecentDays);
        var tickets = await directory.ForHouseholds(
            [.. households.Select(h => new HouseholdTickets(h.ProjectId, h.Label))], since, settings.MaxTicketsPerHousehold, ct);
        var byHousehold = tickets.ToLookup(t => (t.ProjectId, t.Household));
        return new OwnerLookup([.. households.Select(h =>
        {
            var own = byHousehold[(h.ProjectId, h.Label)].ToList();
            return new HouseholdRecord(h.ProjectId, h.Label, h.Building, h.Unit, h.Room, h.MaskedPhones,
                [.. own.Where(t => t.IsOpen).Select(Line)], [.. own.Where(t => !t.IsOpen).Select(Line)]);
        })]);
    }

    // Enum names, as the API writes them.
    private static TicketLine Line(TicketSummary t) =>
        new(t.Id, t.Number, t.Kind.ToString(), t.Category, t.Status.ToString(), t.RegisteredAt, t.WarningLevel);
}
