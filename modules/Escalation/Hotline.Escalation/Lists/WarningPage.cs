namespace Hotline.Escalation.Lists;

/// <summary>One page of the warning list, newest first; <see cref="Next"/> is the cursor of the following page (null on the last).</summary>
public sealed record WarningPage(IReadOnlyList<WarningListRow> Items, string? Next);
