using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Reporting.Analyses;
using Hotline.Reporting.Bulletins;
using Hotline.Reporting.Contracts.Bulletins;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.MajorComplaints;
using Hotline.Reporting.Notices;
using Hotline.TestKit;
using Microsoft.Extensions.Logging;

namespace Hotline.Reporting.Tests.Notices;

/// <summary>
/// A10.1.3.5 and A8.1.4: a published bulletin and a released analysis stand whatever happens to their notice. One piece
/// (<see cref="StoredReportNotice"/>) serves both: a failed delivery or a failed look-up of the recipients is logged
/// naming the item, and nothing is thrown to the caller.
/// </summary>
public sealed class StoredReportNoticeTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly LogCapture _capture = new();
    private readonly ILoggerFactory _logging;

    public StoredReportNoticeTests() => _logging = LoggerFactory.Create(b => b.AddProvider(_capture));

    [Fact]
    public async Task A10_1_3_5_and_A8_1_4_a_failed_notice_is_logged_naming_its_item_and_the_bulletin_and_analysis_stand()
    {
        var notice = new StoredReportNotice(new FailingNotifier(), _logging.CreateLogger<StoredReportNotice>());
        var staff = new People();

        await new BulletinNotice(staff, notice).Tell(new PublishedBulletin("2026-11", 2, At, "qd-head", new string('0', 64), null));
        await new WeeklyAnalysisNotice(new VicePresidents(staff), notice).Tell(Analysis("2026-W48"), 1, At);

        Assert.Equal(
            [
                "Error Hotline.Reporting.Notices.StoredReportNotice: MonthlyBulletinPublished bulletin/2026-11/v2: the report is stored but its notice could not be delivered",
                "Error Hotline.Reporting.Notices.StoredReportNotice: WeeklyAnalysisReleased weekly-analysis/2026-W48/v1: the report is stored but its notice could not be delivered",
            ],
            _capture.Lines.Select(l => l[..l.IndexOf(" System.", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task A8_1_4_recipients_that_cannot_be_looked_up_are_logged_too()
    {
        var notice = new StoredReportNotice(new FailingNotifier(), _logging.CreateLogger<StoredReportNotice>());

        await notice.Tell(() => throw new TimeoutException("directory down"), new InboxItem("weekly-analysis/2026-W48/v3", At, null, null, InboxItemKind.WeeklyAnalysisReleased, "t", null));

        var line = Assert.Single(_capture.Lines);
        Assert.Contains("weekly-analysis/2026-W48/v3", line, StringComparison.Ordinal);
        Assert.Contains("directory down", line, StringComparison.Ordinal);
    }

    public void Dispose() => _logging.Dispose();

    private static WeeklyAnalysis Analysis(string week)
    {
        var period = new ReportPeriod(At.AddDays(-7), At);
        return new WeeklyAnalysis(week, period, "2026-W47", new ReportPeriod(At.AddDays(-14), At.AddDays(-7)), At, true, TrendRow.Of("total", 3, 2),
            [], [], [], [], [], [], [], 0m, [], [], [], []);
    }

    private sealed class FailingNotifier : INotifier
    {
        public Task Notify(IReadOnlyCollection<string> personIds, InboxItem item) => throw new InvalidOperationException("the inbox is down");
    }

    private sealed class People : IStaffDirectory
    {
        private static readonly ImmutableArray<PersonInfo> All =
            [new("vp", "Vice-president", null, [new RoleAssignment(Role.VicePresident, ScopeKind.Company, "company")])];

        public Task<PersonInfo?> GetPerson(string personId) => Task.FromResult(All.FirstOrDefault(p => p.Id == personId));

        public Task<ImmutableArray<PersonInfo>> GetPeople() => Task.FromResult(All);

        public Task<Guid> GetVersion() => Task.FromResult(Guid.Empty);
    }
}
