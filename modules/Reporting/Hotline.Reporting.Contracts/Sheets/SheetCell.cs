namespace Hotline.Reporting.Contracts.Sheets;

/// <summary>A value as the printable page writes it ("1,234", "95.0%", "—"); <see cref="Number"/> when it is a number (right-aligned).</summary>
public sealed record SheetCell(string Text, bool Number);
