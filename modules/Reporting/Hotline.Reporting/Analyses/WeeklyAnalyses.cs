using Hotline.Reporting.Contracts.Analyses;
using Hotline.Reporting.Frozen;
using Hotline.Reporting.Weeks;

namespace Hotline.Reporting.Analyses;

/// <summary>Listing and releasing weekly analyses (<see cref="IWeeklyAnalyses"/>): the code behind the endpoints and the console.</summary>
public sealed class WeeklyAnalyses(WeekCalendar calendar, WeeklyAnalysisStore store, WeeklyAnalysisBuilder builder, WeeklyAnalysisNotice notice, TimeProvider time)
    : IWeeklyAnalyses
{
    public bool IsWeek(string? week) => ReportWeek.TryParseKey(week, out _, out _);

    public string LatestWeekOver() => ReportWeek.Containing(time.GetUtcNow(), calendar).Previous(calendar).Key;

    public Task<IReadOnlyList<AnalysisVersion>> Versions(string week, CancellationToken ct = default) => store.Versions(week, ct);

    public async Task<AnalysisRelease> Release(string week, string personId, CancellationToken ct = default)
    {
        var reportWeek = ReportWeek.Of(week, calendar);
        // A week is released once it is over, so what is frozen is the whole week (the live draft shows one under way).
        if (time.GetUtcNow() < reportWeek.Period.To)
        {
            return new AnalysisRelease(null, null, $"week {reportWeek.Key} runs until {reportWeek.Period.To:O}: it can be released from then on");
        }

        var analysis = await builder.Build(reportWeek, ct);
        var content = FrozenJson.Serialize(analysis);
        var at = time.GetUtcNow();
        var number = await store.Release(reportWeek.Key, content, FrozenJson.Sha256(content), personId, at, ct);
        await notice.Tell(analysis, number, at);
        return new AnalysisRelease(number, content);
    }
}
