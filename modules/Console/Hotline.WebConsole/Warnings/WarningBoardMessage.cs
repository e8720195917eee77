using Hotline.Escalation.Contracts;

namespace Hotline.WebConsole.Warnings;

/// <summary>
/// What a board button did, shown above the board: its words, whether it is a problem, and for a refusal the warning's
/// reason code (worded in the person's language) and its English sentence.
/// </summary>
public sealed record WarningBoardMessage(string Text, bool Problem, WarningRefusalReason? Reason = null, string? Detail = null)
{
    public bool Refused => Detail is not null || Reason is not null;
}
