using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.MajorComplaints;

/// <summary>GET /api/reports/major-complaints: those marked in <see cref="Period"/> (read as the overview reads its period), oldest first.</summary>
public sealed record MajorComplaintList(ReportPeriod Period, IReadOnlyList<MajorComplaint> Complaints);
