namespace Hotline.Reporting.Contracts.Figures;

/// <summary>Suggestions of the period (A10.2): adopted, not adopted, not decided yet.</summary>
public sealed record SuggestionFigures(long Adopted, long NotAdopted, long Undecided);
