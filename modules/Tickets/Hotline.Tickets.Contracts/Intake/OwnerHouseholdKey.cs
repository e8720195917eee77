namespace Hotline.Tickets.Contracts.Intake;

/// <summary>A household as tickets name it: its project and its registered label (<c>3-1-1201</c>).</summary>
public sealed record OwnerHouseholdKey(string ProjectId, string Household);
