using Hotline.Escalation.Contracts;

namespace Hotline.WebConsole.Warnings;

/// <summary>
/// What a board button did, in the API's terms: done (200); the fields at fault (400, by the API's field names); not
/// allowed (403) or not found (404); or the warning's refusal (409: its reason code in <see cref="Reason"/>, its English
/// sentence in <see cref="Detail"/>).
/// </summary>
public sealed record WarningActionResult(WarningActionOutcome Outcome, IReadOnlyDictionary<string, string[]>? Fields = null, string? Detail = null, WarningRefusalReason? Reason = null);
