namespace Hotline.Portal.Api;

/// <summary>PUT /portal/api/preferences: the channel to be told by (<c>web</c>, the SMS line's id…), or null for the default.</summary>
public sealed record PreferenceBody(string? Channel);
