namespace Hotline.Reporting.MajorComplaints;

/// <summary>GET /api/reports/major-complaints: those marked from <see cref="From"/> to <see cref="To"/> (business days, both included), oldest first.</summary>
public sealed record MajorComplaintList(DateOnly From, DateOnly To, IReadOnlyList<MajorComplaint> Complaints);
