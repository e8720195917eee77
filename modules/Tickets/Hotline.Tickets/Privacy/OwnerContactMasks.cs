using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Privacy;

/// <summary>The owner's contact as everything but the audited full view shows it.</summary>
public static class OwnerContactMasks
{
    public static OwnerContactMasked? Of(OwnerContact? owner) =>
        owner is null ? null : new OwnerContactMasked(PersonalDataMask.Name(owner.Name), PersonalDataMask.Phone(owner.Phone));

    /// <summary>What the audit log keeps to say which owner was seen: masked values and the household, never the phone.</summary>
    public static string Reference(Ticket ticket)
    {
        var masked = ticket.OwnerContactMasked;
        var parts = new[] { ticket.Household, masked?.Name, masked?.Phone }.Where(p => !string.IsNullOrEmpty(p));
        return string.Join(" / ", parts) is { Length: > 0 } reference ? reference : "(not given)";
    }
}
