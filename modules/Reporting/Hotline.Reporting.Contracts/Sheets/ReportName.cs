namespace Hotline.Reporting.Contracts.Sheets;

/// <summary>
/// What reports call one stored code (a category or a channel): <see cref="Hant"/> as the exports write it, and the
/// console's Simplified Chinese and English words for it.
/// </summary>
public sealed record ReportName(string Code, string Hant, string Hans, string En);
