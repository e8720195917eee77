using Hotline.Escalation.Contracts;

namespace Hotline.Escalation.Warnings;

internal static class Outcomes
{
    public static WarningOutcome Done(WarningView warning) => new(warning, null, null);

    public static WarningOutcome Refused(WarningView warning, string why) => new(warning, why, null);

    public static WarningOutcome Invalid(WarningView warning, string field, string why) => new(warning, why, field);

    public static WarningOutcome NotFound() => new(null, "no warning was raised under this id", null);
}
