namespace Hotline.WebConsole.Warnings;

/// <summary>See <see cref="WarningActionResult"/>.</summary>
public enum WarningActionOutcome
{
    Done,
    InvalidFields,
    NotAllowed,
    NotFound,
    Refused,
}
