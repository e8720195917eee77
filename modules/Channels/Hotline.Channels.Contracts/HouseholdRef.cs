namespace Hotline.Channels.Contracts;

/// <summary>A household as tickets name it: its project and its registered label (<c>3-1-1201</c>).</summary>
public sealed record HouseholdRef(string ProjectId, string Label);
