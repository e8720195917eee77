namespace Hotline.Reporting.Contracts.Figures;

/// <summary>Tickets registered in the period (A6, A8.1.4): all of them, and by kind, category and channel.</summary>
public sealed record ReceivedFigures(
    long Total,
    IReadOnlyList<NamedCount> ByKind,
    IReadOnlyList<NamedCount> ByCategory,
    IReadOnlyList<NamedCount> ByChannel);
