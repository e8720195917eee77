using Hotline.Notifications.Contracts;
using Hotline.Reporting.MajorComplaints;
using Hotline.Reporting.Notices;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// A8.1.4: a released analysis goes to the vice-president(s) in charge, in the inbox and through the notification
/// channels. One item per week and version: a retry leaves one, a new release (a new version) is a new notice.
/// </summary>
public sealed class WeeklyAnalysisNotice(VicePresidents vicePresidents, StoredReportNotice notice)
{
    public const string Prefix = "【品質部週分析 · 報分管領導】";

    public static string ItemId(string week, int version) => $"weekly-analysis/{week}/v{version}";

    /// <summary>Tells them; a failure is logged and the release stands (as for the bulletin).</summary>
    public Task Tell(WeeklyAnalysis analysis, int version, DateTimeOffset releasedAt)
    {
        var edition = version == 1 ? "" : $"（第 {version} 版，取代前版）";
        var title = $"{Prefix}{analysis.Week}{edition}：受理 {analysis.Received.ThisWeek} 宗（上週 {analysis.Received.PreviousWeek} 宗），"
            + $"紅色預警 {analysis.RedWarnings.Count} 宗，重大投訴 {analysis.MajorComplaints.Count} 宗";
        return notice.Tell(async () => await vicePresidents.Ids(),
            new InboxItem(ItemId(analysis.Week, version), releasedAt, null, null, InboxItemKind.WeeklyAnalysisReleased, title, null));
    }
}
