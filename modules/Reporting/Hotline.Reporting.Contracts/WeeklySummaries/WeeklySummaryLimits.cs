namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>The bounds the summary endpoints check on what people type (the console checks the same before it asks).</summary>
public static class WeeklySummaryLimits
{
    /// <summary>Remarks and a correction's reason: at most this many characters.</summary>
    public const int MaxText = 2000;
}
