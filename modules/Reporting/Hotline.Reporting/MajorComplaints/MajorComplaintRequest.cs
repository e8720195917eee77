namespace Hotline.Reporting.MajorComplaints;

/// <summary>POST /api/reports/major-complaints: the complaint QualityDept marks major, and why.</summary>
public sealed record MajorComplaintRequest(Guid? TicketId, string? Reason);
