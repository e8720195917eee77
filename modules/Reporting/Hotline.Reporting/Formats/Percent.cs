namespace Hotline.Reporting.Formats;

/// <summary>
/// A share or rate in a report cell (0.95 = 95%): the renderer shows it as a percentage (the workbook keeps the
/// number with a percent format), where a plain <see cref="double"/> would be shown as a number.
/// </summary>
public readonly record struct Percent(double Value);
