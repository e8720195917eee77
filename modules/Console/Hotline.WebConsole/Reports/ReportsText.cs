namespace Hotline.WebConsole.Reports;

/// <summary>The words of the reports pages in one language (<see cref="ReportsTexts"/> holds the three, each built whole).</summary>
public sealed record ReportsText
{
    public required string Reports { get; init; }
    public required string WeeklySummary { get; init; }
    public required string WeekSummaries { get; init; }
    public required string MyProjectsSummaries { get; init; }
    public required string Week { get; init; }
    public required string ShowWeek { get; init; }
    public required string Project { get; init; }
    public required string Branch { get; init; }
    public required string Version { get; init; }
    public required string State { get; init; }
    public required string Late { get; init; }
    public required string OnTime { get; init; }
    public required string DueAt { get; init; }
    public required string SignedAt { get; init; }
    public required string NoSummaries { get; init; }
    public required string NotDrafted { get; init; }
    public required string Open { get; init; }
    public required string Figures { get; init; }
    public required string Received { get; init; }
    public required string Total { get; init; }
    public required string OnTimeRate { get; init; }
    public required string Clock { get; init; }
    public required string MetOnTime { get; init; }
    public required string MetLate { get; init; }
    public required string BreachedOpen { get; init; }
    public required string PenaltyPoints { get; init; }
    public required string CarriedOver { get; init; }
    public required string WeekWarnings { get; init; }
    public required string Remarks { get; init; }
    public required string NoRemarks { get; init; }
    public required string SaveRemarks { get; init; }
    public required string RemarksSaved { get; init; }
    public required string Signatures { get; init; }
    public required string NoSignatures { get; init; }
    public required string Signer { get; init; }
    public required string SignAsManager { get; init; }
    public required string SignAsHead { get; init; }
    public required string SignedNow { get; init; }
    public required string ContentHash { get; init; }
    public required string Exports { get; init; }
    public required string Xlsx { get; init; }
    public required string Csv { get; init; }
    public required string Printable { get; init; }
    public required string TooLong { get; init; }
    public required string Refused { get; init; }
    public required string Bulletins { get; init; }
    public required string Month { get; init; }
    public required string Publish { get; init; }
    public required string PublishedNow { get; init; }
    public required string PublishedBy { get; init; }
    public required string NoBulletins { get; init; }
    public required string WeeklyAnalysis { get; init; }
    public required string Release { get; init; }
    public required string ReleasedNow { get; init; }
    public required string ReleasedBy { get; init; }
    public required string NoReleases { get; init; }
    public required string Replaced { get; init; }

    public required string Content { get; init; }
    public required string ShowContent { get; init; }
    public required string NoRows { get; init; }

    /// <summary>The exports' labels in this language (<see cref="SheetWords"/>), keyed by the Traditional label.</summary>
    public required IReadOnlyDictionary<string, string> SheetWords { get; init; }

    /// <summary>Words for <c>WeeklySummaryStatus</c> by name.</summary>
    public required IReadOnlyDictionary<string, string> States { get; init; }

    /// <summary>Words for the signers' roles (ProjectManager, BranchHead) by name.</summary>
}
