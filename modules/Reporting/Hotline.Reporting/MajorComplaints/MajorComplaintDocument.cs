using System.Globalization;
using Hotline.Reporting.Formats;

namespace Hotline.Reporting.MajorComplaints;

/// <summary>The list of major complaints laid out for people (Chinese labels), for the workbook, the CSV and the printable page.</summary>
public static class MajorComplaintDocument
{
    public static ReportDocument Of(MajorComplaintList list) => new(
        "重大投訴（品質部標記）",
        $"標記日期 {list.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 至 {list.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · 共 {list.Complaints.Count} 宗",
        [
            new ReportTable("重大投訴", ["工單號", "項目", "分公司", "原因", "標記人", "標記時間"],
                [.. list.Complaints.Select(m => (IReadOnlyList<object?>)[m.Number, m.ProjectId, m.BranchId, m.Reason, m.MarkedBy, m.MarkedAt])]),
        ]);
}
