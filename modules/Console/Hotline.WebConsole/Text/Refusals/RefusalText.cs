using Hotline.Escalation.Contracts;
using Hotline.Tickets.Contracts;

namespace Hotline.WebConsole.Text.Refusals;

/// <summary>
/// Why a ticket or a warning refused a button, in one language (<see cref="RefusalTexts"/> holds the three), by the
/// grain's stable reason code; the grain's English sentence stays available under <see cref="EnglishDetail"/>. A test
/// checks every code has a word in each language.
/// </summary>
public sealed record RefusalText
{
    public required string Lang { get; init; }

    /// <summary>The label of the folded English sentence of the grain.</summary>
    public required string EnglishDetail { get; init; }

    /// <summary>A refusal without a code (an older silo's answer): the English sentence is all there is.</summary>
    public required string Unexplained { get; init; }

    public required IReadOnlyDictionary<RefusalReason, string> Tickets { get; init; }

    public required IReadOnlyDictionary<WarningRefusalReason, string> Warnings { get; init; }
}
