namespace Hotline.Channels.Contacts;

/// <summary>POST /api/channels/contacts/{id}/match: the registered household the call center found for the sender.</summary>
public sealed record MatchContactRequest(string? ProjectId, string? Household);
