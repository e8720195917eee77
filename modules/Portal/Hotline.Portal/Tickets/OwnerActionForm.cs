namespace Hotline.Portal.Tickets;

/// <summary>One posted action form as read: which action, its one-time token, the note and the three scores as typed.</summary>
public sealed record OwnerActionForm(string Action, string? FormToken, string? Note, string? Overall, string? Speed, string? Attitude);
