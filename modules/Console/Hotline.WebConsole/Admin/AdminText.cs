namespace Hotline.WebConsole.Admin;

/// <summary>
/// The administration pages' words in one language (<see cref="AdminTexts"/> holds the three). Every member is
/// required, so a word missing from one language is a compile error.
/// </summary>
public sealed record AdminText
{
    public required string Administration { get; init; }
    public required string Organisation { get; init; }
    public required string Rosters { get; init; }
    public required string Policies { get; init; }
    public required string Plugins { get; init; }
    public required string NothingToAdminister { get; init; }
    public required string Branch { get; init; }
    public required string Project { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Households { get; init; }
    public required string People { get; init; }
    public required string RolesAndScopes { get; init; }
    public required string ChooseProject { get; init; }
    public required string Show { get; init; }
    public required string ImportHouseholds { get; init; }
    public required string CsvFile { get; init; }
    public required string CsvHint { get; init; }
    public required string Import { get; init; }
    public required string Imported { get; init; }
    public required string RegistryHolds { get; init; }
    public required string NothingImported { get; init; }
    public required string Line { get; init; }
    public required string Column { get; init; }
    public required string Problem { get; init; }
    public required string FileTooLarge { get; init; }
    public required string WeekOf { get; init; }
    public required string Person { get; init; }
    public required string AlwaysOnDuty { get; init; }
    public required string NextDay { get; init; }
    public required string Off { get; init; }
    public required string SlaLimits { get; init; }
    public required string SlaNote { get; init; }
    public required string ForCategory { get; init; }
    public required string Limit { get; init; }
    public required string Kind { get; init; }
    public required string Severity { get; init; }
    public required string DutyTime { get; init; }
    public required string CalendarTime { get; init; }
    public required string CallbackAttempts { get; init; }
    public required string DutyWindow { get; init; }
    public required string Holidays { get; init; }
    public required string None { get; init; }
    public required string EscalationPolicy { get; init; }
    public required string Level { get; init; }
    public required string PastDue { get; init; }
    public required string Points { get; init; }
    public required string Verifiers { get; init; }
    public required string VerificationLimit { get; init; }
    public required string AnswerLimit { get; init; }
    public required string RepeatComplaintWindow { get; init; }
    public required string SameIssueWindow { get; init; }
    public required string SameIssueThreshold { get; init; }
    public required string DeadlineNoticeLead { get; init; }
    public required string TicketKeeps { get; init; }
    public required string TicketKeepsNote { get; init; }
    public required string TicketId { get; init; }
    public required string NoLimitsKept { get; init; }
    public required string HostVersion { get; init; }
    public required string Folder { get; init; }
    public required string Version { get; init; }
    public required string State { get; init; }
    public required string Loaded { get; init; }
    public required string Failed { get; init; }
    public required string Categories { get; init; }
    public required string Manifest { get; init; }
    public required string NoPlugins { get; init; }
    public required string Days { get; init; }
    public required string Hours { get; init; }
    public required string Minutes { get; init; }

    /// <summary>Monday first, as the week grid's columns.</summary>
    public required IReadOnlyList<string> WeekDays { get; init; }
    public required IReadOnlyDictionary<string, string> Scopes { get; init; }
    public required IReadOnlyDictionary<string, string> Limits { get; init; }
    public required IReadOnlyDictionary<string, string> Severities { get; init; }
    public required IReadOnlyDictionary<string, string> Levels { get; init; }
    public required IReadOnlyDictionary<string, string> PluginKinds { get; init; }
}
