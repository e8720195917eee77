namespace Hotline.Reporting.MajorComplaints;

/// <summary>A8.1.4: a complaint QualityDept marked major, reported to the vice-president in charge at once (the first mark is kept).</summary>
public sealed record MajorComplaint(
    Guid TicketId,
    long Number,
    string ProjectId,
    string BranchId,
    string Reason,
    string MarkedBy,
    DateTimeOffset MarkedAt);
