namespace Hotline.Reporting.Contracts.Figures;

/// <summary>How many of something, by its name (a kind, category, channel, status, level).</summary>
public sealed record NamedCount(string Name, long Count);
