using Hotline.Live.Contracts;
using Hotline.Reporting.Contracts.Analyses;
using Hotline.Reporting.Contracts.Sheets;
using Hotline.Reporting.Formats;
using Hotline.Reporting.Frozen;
using Hotline.Reporting.Weeks;

namespace Hotline.Reporting.Analyses;

/// <summary>Listing, showing and releasing weekly analyses (<see cref="IWeeklyAnalyses"/>): the code behind the endpoints and the console.</summary>
public sealed class WeeklyAnalyses(WeekCalendar calendar, WeeklyAnalysisStore store, WeeklyAnalysisBuilder builder, WeeklyAnalysisNotice notice,
    ILivePublisher live, TimeProvider time, TimeZoneInfo zone) : IWeeklyAnalyses
{
    public bool IsWeek(string? week) => ReportWeek.TryParseKey(week, out _, out _);

    public string LatestWeekOver() => ReportWeek.Containing(time.GetUtcNow(), calendar).Previous(calendar).Key;

    public Task<IReadOnlyList<AnalysisVersion>> Versions(string week, CancellationToken ct = default) => store.Versions(week, ct);

    /// <summary>
    /// The version <paramref name="asked"/> for; else the latest release, or the live draft when there is none or
    /// <paramref name="draft"/> asks for it (what a release again would freeze).
    /// </summary>
    public async Task<ShownAnalysis> Show(ReportWeek week, int? asked, bool draft, CancellationToken ct = default)
    {
        var versions = await store.Versions(week.Key, ct);
        if (asked is null && (versions.Count == 0 || draft))
        {
            return new ShownAnalysis(versions, null, null, await builder.Build(week, ct));
        }

        var shown = versions.FirstOrDefault(v => v.Version == (asked ?? versions[0].Version));
        return shown is not null && await store.Content(week.Key, shown.Version, ct) is { } content
            ? new ShownAnalysis(versions, shown, content, FrozenJson.Deserialize<WeeklyAnalysis>(content))
            : new ShownAnalysis(versions, null, null, null);
    }

    /// <summary>What the exports hold of <paramref name="shown"/>: one table per part, labelled for people.</summary>
    public ReportDocument Document(ShownAnalysis shown) =>
        WeeklyAnalysisDocument.Of(shown.Analysis ?? throw new ArgumentException("no analysis shown", nameof(shown)), shown.Released?.Version, zone);

    public async Task<ReportSheet?> Sheet(string week, CancellationToken ct = default)
    {
        var shown = await Show(ReportWeek.Of(week, calendar), null, false, ct);
        return shown.Analysis is null ? null : ReportSheets.Of(Document(shown), zone);
    }

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
        // Open analysis pages re-read the week (company-wide: who may read it is the page's access rule).
        live.Publish(new LiveChange(LiveTopic.WeeklyAnalysis, reportWeek.Key, null, null, null, at));
        await notice.Tell(analysis, number, at);
        return new AnalysisRelease(number, content);
    }
}
