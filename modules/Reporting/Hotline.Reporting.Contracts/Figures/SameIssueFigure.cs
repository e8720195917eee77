namespace Hotline.Reporting.Contracts.Figures;

/// <summary>
/// One issue key's same-issue count (A11.3) in the scope: distinct households reporting it in the counting window,
/// the scope's registered households, their share, and whether it reached the 5% line (<see cref="Line"/>).
/// </summary>
public sealed record SameIssueFigure(string IssueKey, long Households, long HouseholdTotal, double Share, double Line, bool Reached);
