namespace Hotline.Organization.SameIssue;

/// <summary>
/// A report as a project stored it (<see cref="SameIssueStore.RecordAndCount"/>): the earlier ticket it repeats, whether
/// this was its first insert, the key's households in the project's window (null when the project's counter keeps an
/// incident), and whether the company's counter of a local issue keeps one.
/// </summary>
public sealed record RecordedReport(Guid? RepeatOf, bool IsNew, int? Households, bool CompanyKeepsIncident);
