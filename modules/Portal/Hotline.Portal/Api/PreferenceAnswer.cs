namespace Hotline.Portal.Api;

/// <summary>GET /portal/api/preferences: the owner's chosen channel (null: the default) and what they may choose.</summary>
public sealed record PreferenceAnswer(string? Channel, IReadOnlyList<string> Choices);
