using Hotline.Reporting.Formats;

namespace Hotline.Reporting.MajorComplaints;

/// <summary>The list of major complaints laid out for people (Chinese labels), for the workbook, the CSV and the printable page.</summary>
public static class MajorComplaintDocument
{
    public static ReportDocument Of(MajorComplaintList list, TimeZoneInfo zone) => new(
        "重大投訴（品質部標記）",
        $"標記日期 {ReportWords.Period(list.Period, zone)} · 共 {list.Complaints.Count} 宗",
        [
            new ReportTable("重大投訴", ["工單號", "項目", "分公司", "原因", "標記人", "標記時間"],
                [.. list.Complaints.Select(m => (IReadOnlyList<object?>)[m.Number, m.ProjectId, m.BranchId, m.Reason, m.MarkedBy, m.MarkedAt])]),
        ]);

    /// <summary>The file's name: the local days the period starts and ends in (its end is exclusive).</summary>
    public static string FileName(MajorComplaintList list, TimeZoneInfo zone) =>
        $"major-complaints-{ReportCulture.Local(list.Period.From, zone):yyyyMMdd}-{ReportCulture.Local(list.Period.To.AddTicks(-1), zone):yyyyMMdd}";
}
