using Hotline.Reporting.Contracts.Analyses;
using Hotline.Reporting.Contracts.Bulletins;
using Hotline.Reporting.Contracts.Sheets;
using Hotline.Security.Contracts.Access;
using Hotline.WebConsole.Session;

namespace Hotline.WebConsole.Reports;

/// <summary>
/// The monthly bulletins and QualityDept's weekly analysis as the console lists, shows, publishes and releases them: each act
/// asks the access rule of its API endpoint at the moment, then runs the endpoint's own code.
/// </summary>
public sealed class ReportDesk(ConsoleSession session, IMonthlyBulletins bulletins, IWeeklyAnalyses analyses)
{
    /// <summary>How many months the bulletin page lists (the list endpoint's default).</summary>
    public const int ListedMonths = 24;

    public Task<AccessAnswer> Ask(string endpoint) => session.Ask(new AccessQuestion(endpoint));

    public bool IsMonth(string? month) => bulletins.IsMonth(month);

    public bool IsWeek(string? week) => analyses.IsWeek(week);

    public string LatestWeekOver() => analyses.LatestWeekOver();

    public Task<IReadOnlyList<BulletinListing>> Bulletins() => bulletins.List(null, ListedMonths);

    public Task<IReadOnlyList<AnalysisVersion>> Releases(string week) => analyses.Versions(week);

    /// <summary>The week's analysis as its exports hold it by default (the latest release, else the live draft); the page asked the read rule.</summary>
    public Task<ReportSheet?> Analysis(string week) => analyses.Sheet(week);

    /// <summary>The month's current bulletin as the reader's own export holds it (their part of it); null when not theirs or not published.</summary>
    public async Task<ReportSheet?> Bulletin(string month)
    {
        var answer = await Ask(ApiEndpoints.BulletinRead);
        return answer.Caller is { } caller ? await bulletins.Sheet(month, caller.Roles) : null;
    }

    /// <summary>Publishes <paramref name="month"/>: null when done, else the refusal in words.</summary>
    public async Task<string?> Publish(string month)
    {
        var answer = await Ask(ApiEndpoints.BulletinPublish);
        if (answer.Caller is not { } caller)
            return answer.Detail ?? answer.Outcome.ToString();
        return (await bulletins.Publish(month, caller.PersonId)).NotOver;
    }

    /// <summary>Releases <paramref name="week"/>'s analysis: null when done, else the refusal in words.</summary>
    public async Task<string?> Release(string week)
    {
        var answer = await Ask(ApiEndpoints.WeeklyAnalysisRelease);
        if (answer.Caller is not { } caller)
            return answer.Detail ?? answer.Outcome.ToString();
        return (await analyses.Release(week, caller.PersonId)).NotOver;
    }
}
