using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>
/// Issue 12's scale targets through the HTTP API, after <see cref="ReportFill"/> has put a year of tickets in the query
/// store: the overview of the last full month for the company (QualityDept's head) and for one project (its liaison), the
/// month's bulletin published (a new version each round), and one past week's summaries drafted for every project (a week
/// not drafted before each round: drafting is idempotent). Warm-up first, then rounds; p50 and p95 of the wall time.
/// An answer other than 2xx fails its measurement: its body goes into the notes and the run ends with an error.
/// </summary>
public sealed class ReportingMeasurements(BenchOptions options, Report report, string connectionString, IReadOnlyList<GeneratedProject> projects)
{
    private readonly List<string> _failures = [];

    /// <param name="preloaded">Tickets the intake preload already put in the query store as a year of history: only the rest is filled.</param>
    public async Task RunAsync(HostChild host, Func<string, string> passwordOf, int preloaded, CancellationToken ct)
    {
        await new ReportFill(connectionString, report).RunAsync(projects, Math.Max(0, options.ReportTickets - preloaded), ct);
        using var quality = new HotlineApi(host.Address);
        await quality.SignInAsync(GeneratedOrganisation.Quality, passwordOf(GeneratedOrganisation.Quality), ct);
        using var liaison = new HotlineApi(host.Address);
        await liaison.SignInAsync(GeneratedOrganisation.Liaison, passwordOf(GeneratedOrganisation.Liaison), ct);

        // The last full month in the business time zone; the overview's to is an inclusive local date.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ReportFill.BusinessZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var period = $"from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
        var overviews = options.ReportRounds * 10;

        await SeriesAsync("report_overview_company_p50", 3, overviews, _ => (quality, HttpMethod.Get, $"api/reports/overview?scope=company&{period}"),
            $"GET /api/reports/overview?scope=company&{period} as QualityDept's head", ct);
        await SeriesAsync("report_overview_project_p50", 3, overviews,
            round => (liaison, HttpMethod.Get, $"api/reports/overview?scope=project:{projects[(round + 3) % projects.Count].Id}&{period}"),
            $"GET /api/reports/overview?scope=project:<a different project each round>&{period} as the project liaison", ct);
        await SeriesAsync("report_bulletin_month", 1, options.ReportRounds, _ => (quality, HttpMethod.Post, $"api/reports/bulletins/{month:yyyy-MM}/publish"),
            $"POST /api/reports/bulletins/{month:yyyy-MM}/publish as QualityDept's head, each round a new version", ct);
        await WeeklyAsync(quality, today, ct);
        if (_failures.Count > 0)
        {
            throw new InvalidOperationException($"report measurements failed: {string.Join("; ", _failures)}");
        }
    }

    /// <summary>Warm-up calls, then timed rounds of the call <paramref name="call"/> gives for each round (warm-up rounds count from 0).</summary>
    private async Task SeriesAsync(string result, int warmup, int rounds, Func<int, (HotlineApi Api, HttpMethod Method, string Path)> call, string what, CancellationToken ct)
    {
        var times = new List<double>();
        for (var round = -warmup; round < rounds; round++)
        {
            var (api, method, path) = call(round + warmup);
            if (await TimeAsync(api, method, path, result, ct) is not { } ms)
            {
                return;
            }

            if (round >= 0)
            {
                times.Add(ms);
            }
        }

        report.Add(result, Percentile(times, 0.5), "ms", $"{what}; {rounds} rounds after {warmup} warm-up, p95 {Percentile(times, 0.95):0.#} ms, max {times.Max():0.#} ms");
    }

    /// <summary>Past weeks, two and more before this one (a scheduled draft may have taken the last), one distinct week a round.</summary>
    private async Task WeeklyAsync(HotlineApi quality, DateOnly today, CancellationToken ct)
    {
        var result = $"report_weekly_summaries_{projects.Count}";
        var friday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) + 4);
        var times = new List<double>();
        var notes = new List<string>();
        for (var k = 2; k < options.ReportRounds + 3; k++)
        {
            var day = friday.AddDays(-7 * k).ToDateTime(TimeOnly.MinValue);
            var week = $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}";
            var before = await SummariesAsync(week, ct);
            if (await TimeAsync(quality, HttpMethod.Post, $"api/reports/weekly-summaries/{week}/draft", result, ct) is not { } ms)
            {
                return;
            }

            var drafted = await SummariesAsync(week, ct) - before;
            notes.Add($"{week}{(k == 2 ? " (warm-up)" : "")} {ms:0} ms, {drafted.ToString(CultureInfo.InvariantCulture)} drafted");
            if (k > 2)
            {
                times.Add(ms);
            }
        }

        report.Add(result, Percentile(times, 0.5), "ms",
            $"POST /api/reports/weekly-summaries/{{week}}/draft as QualityDept's head, one week not drafted before per round: {string.Join(", ", notes)}; max {times.Max():0.#} ms");
    }

    private async Task<double?> TimeAsync(HotlineApi api, HttpMethod method, string path, string result, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (status, body) = await api.SendAsync(method, path, ct);
        var ms = clock.Elapsed.TotalMilliseconds;
        if ((int)status is >= 200 and < 300)
        {
            return ms;
        }

        var failure = $"{result}: {method} /{path} answered {(int)status} {status}: {(body.Length > 600 ? body[..600] + "…" : body)}";
        report.Note($"FAILED {failure}");
        _failures.Add(failure);
        return null;
    }

    /// <summary>Rows of the week in the weekly-summary table, to show what a round drafted.</summary>
    private Task<long> SummariesAsync(string week, CancellationToken ct) =>
        BenchSql.CountAsync(connectionString, "select count(*) from weekly_summaries where week = @week", ct, ("week", week));

    private static double Percentile(List<double> values, double p) => Percentiles.Of(values, p);
}
