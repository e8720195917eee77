using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Reporting.Weeks;
using Orleans.Runtime;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// Keeps the weeks' grains registered: on start and every <see cref="Period"/> it ensures every week from the first one not
/// yet done (drafted and past its deadline) up to the week under way, so weeks missed while the cluster was down are
/// caught up however many there were; the walk starts after the last week known done, so it does not grow with age. A
/// week's own reminder does the work; this only makes sure one exists. A week whose draft time came before the schedule
/// first ran (a new installation) is left alone: there was nothing to report, and nobody to have signed it.
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

        // Registered once: registering again on every silo start would push the next tick a period further each time.
        if (await this.GetReminder(ReminderName) is null)
            await this.RegisterOrUpdateReminder(ReminderName, Period, Period);
        await EnsureWeeks();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => EnsureWeeks();

    private async Task EnsureWeeks()
    {
        var since = state.State.FirstStartedAt ?? time.GetUtcNow();
        var current = ReportWeek.Containing(time.GetUtcNow(), calendar);
        var week = state.State.CompleteThrough is { } done ? ReportWeek.Of(done, calendar).Next(calendar) : current.Previous(calendar);
        var completeThrough = state.State.CompleteThrough;
        var contiguous = true;
        for (; week.DraftAt <= current.DraftAt; week = week.Next(calendar))
        {
            if (week.DraftAt < since)
                continue;
            var progress = await GrainFactory.GetGrain<IWeeklySummaryWeekGrain>(week.Key).Ensure();
            contiguous &= progress is { DraftedAt: not null, DeadlineAppliedAt: not null };
            if (contiguous)
                completeThrough = week.Key;
        }

        if (completeThrough != state.State.CompleteThrough)
        {
            state.State = state.State with { CompleteThrough = completeThrough };
            await state.WriteStateAsync();
        }
    }
}
