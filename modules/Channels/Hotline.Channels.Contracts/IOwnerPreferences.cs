namespace Hotline.Channels.Contracts;

/// <summary>
/// How an owner (by phone number) chose to be told: in the portal (<see cref="PortalChannel.Id"/>) or by an installed
/// channel (the SMS line). An owner who never chose keeps the default: the ticket's own door, else the SMS fallback.
/// </summary>
public interface IOwnerPreferences
{
    /// <summary>What an owner may choose: the portal, the SMS fallback, then the other installed channels.</summary>
    IReadOnlyList<string> Choices { get; }

    /// <summary>The SMS line that answers owners by default (<c>Hotline:Channels:OwnerFallback</c>), one of <see cref="Choices"/>.</summary>
    string Sms { get; }

    /// <summary>The owner's chosen channel, or null (never chose, or a malformed number).</summary>
    Task<string?> Preferred(string phone, CancellationToken ct = default);

    /// <summary>Stores the choice (null: back to the default); false when <paramref name="channel"/> is none of <see cref="Choices"/>.</summary>
    Task<bool> Prefer(string phone, string? channel, CancellationToken ct = default);
}
