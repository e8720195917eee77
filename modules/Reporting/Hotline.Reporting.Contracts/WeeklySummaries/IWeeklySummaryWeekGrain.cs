namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>
/// One reporting week's schedule (A10.1.3.4), keyed by its week key (<c>2026-W49</c>): one reminder that drafts every
/// project's summary at the start of the due day and marks the week's unsigned summaries late at the due time. One grain
/// per week, never one per project: drafting and the deadline are set-based statements.
/// </summary>
[Alias("Hotline.Reporting.IWeeklySummaryWeekGrain")]
public interface IWeeklySummaryWeekGrain : IGrainWithStringKey
{
    /// <summary>Registers the week's reminder unless both steps are done. Idempotent.</summary>
    [Alias("Ensure")]
    Task<WeeklySummaryWeekProgress> Ensure();

    /// <summary>Drafts now whatever of the week is not drafted yet (operators, benchmarks). Answers how many were drafted.</summary>
    [Alias("DraftNow")]
    Task<int> DraftNow();

    [Alias("GetProgress")]
    Task<WeeklySummaryWeekProgress> GetProgress();
}
