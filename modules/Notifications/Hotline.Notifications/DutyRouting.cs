using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Notifications;

/// <summary>Who actually gets a notification meant for one person (A9 product decision). Pure, so it is tested without a cluster.</summary>
public static class DutyRouting
{
    /// <summary>
    /// The person themself when on duty (or unknown, or without a roster); else the on-duty people sharing one of their
    /// role assignments (same role, same scope); else the fallback person; else, with no fallback, the person themself.
    /// </summary>
    public static ImmutableArray<string> Recipients(string personId, DateTimeOffset at, IReadOnlyCollection<PersonInfo> people, TimeZoneInfo zone, string? fallbackPersonId)
    {
        var person = people.FirstOrDefault(p => p.Id == personId);
        if (person is null || DutyRoster.IsOnDuty(person, at, zone))
        {
            return [personId];
        }

        var roles = person.Roles.IsDefault ? [] : person.Roles;
        var standIns = people
            .Where(p => p.Id != personId && !p.Roles.IsDefault && p.Roles.Any(roles.Contains) && DutyRoster.IsOnDuty(p, at, zone))
            .Select(p => p.Id)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        if (!standIns.IsEmpty)
        {
            return standIns;
        }

        return string.IsNullOrWhiteSpace(fallbackPersonId) ? [personId] : [fallbackPersonId];
    }
}
