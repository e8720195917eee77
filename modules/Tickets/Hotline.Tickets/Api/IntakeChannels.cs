namespace Hotline.Tickets.Api;

/// <summary>
/// A2's three intake channels, a fixed set until channel plugins take intake over. The channel is set by the endpoint
/// that received the ticket, never by its body: the staff intake API (POST /api/tickets) is the 400 call center's.
/// </summary>
public static class IntakeChannels
{
    /// <summary>The toll-free 400 complaint hotline, whose agents use the staff API.</summary>
    public const string CallCenter = "call-center";

    /// <summary>The general manager's SMS platform.</summary>
    public const string GmSms = "gm-sms";

    /// <summary>The online customer-service system (owners' portal).</summary>
    public const string Web = "web";

    public static readonly IReadOnlyList<string> All = [CallCenter, GmSms, Web];
}
