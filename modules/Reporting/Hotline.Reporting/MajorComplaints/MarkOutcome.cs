namespace Hotline.Reporting.MajorComplaints;

/// <summary>What marking a complaint major did: marked now, marked before (the first mark answers), or refused.</summary>
public enum MarkOutcome
{
    Marked,
    AlreadyMarked,
    NoSuchTicket,
    NotAComplaint,
}
