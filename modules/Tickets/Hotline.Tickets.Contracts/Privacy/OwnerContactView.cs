namespace Hotline.Tickets.Contracts.Privacy;

/// <summary>What a whole-contact view found: the contact (once audited), or why there is none.</summary>
public sealed record OwnerContactView(OwnerContactViewOutcome Outcome, string? Name = null, string? Phone = null);
