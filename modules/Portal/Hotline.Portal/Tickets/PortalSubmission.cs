namespace Hotline.Portal.Tickets;

/// <summary>What the new-ticket form holds once read: the owner's choices, the form's one-time token and the photos.</summary>
public sealed record PortalSubmission(string? Kind, string? Household, string? Text, string? FormToken, IReadOnlyList<PortalPhoto> Photos);
