using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Reporting.Weeks;
using Orleans.Runtime;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// Keeps the weeks' grains registered: on start and every <see cref="Period"/> it ensures the week under way (drafted at
/// its end) and the one before it (its deadline may still be ahead, or missed while the cluster was down). A week's own
/// reminder does the work; this only makes sure one exists. A week whose draft time came before the schedule first ran
/// (a new installation) is left alone: there was nothing to report, and nobody to have signed it.
/// </summary>
public sealed class WeeklySummaryScheduleGrain(
    [PersistentState("schedule")] IPersistentState<WeeklySummaryScheduleState> state,
    WeekCalendar calendar,
    TimeProvider time) : Grain, IWeeklySummaryScheduleGrain, IRemindable
{
    private const string ReminderName = "weekly-summary-schedule";
    private static readonly TimeSpan Period = TimeSpan.FromHours(6);

    public async Task Start()
    {
        if (state.State.FirstStartedAt is null)
        {
            state.State = new WeeklySummaryScheduleState { FirstStartedAt = time.GetUtcNow() };
            await state.WriteStateAsync();
        }

        await this.RegisterOrUpdateReminder(ReminderName, Period, Period);
        await EnsureWeeks();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => EnsureWeeks();

    private async Task EnsureWeeks()
    {
        var since = state.State.FirstStartedAt ?? time.GetUtcNow();
        var current = ReportWeek.Containing(time.GetUtcNow(), calendar);
        var previous = current.Previous(calendar);
        if (previous.DraftAt >= since)
            await GrainFactory.GetGrain<IWeeklySummaryWeekGrain>(previous.Key).Ensure();
        await GrainFactory.GetGrain<IWeeklySummaryWeekGrain>(current.Key).Ensure();
    }
}
