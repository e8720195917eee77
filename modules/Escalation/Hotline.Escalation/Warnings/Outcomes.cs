using Hotline.Escalation.Contracts;

namespace Hotline.Escalation.Warnings;

internal static class Outcomes
{
    public static WarningOutcome Done(WarningView warning) => new(warning, null, null);

    public static WarningOutcome Refused(WarningView warning, WarningRefusalReason reason, string why) => new(warning, why, null) { Reason = reason };

    public static WarningOutcome Invalid(WarningView warning, string field, string why) => new(warning, why, field) { Reason = WarningRefusalReason.InvalidField };

    public static WarningOutcome NotFound() => new(null, "no warning was raised under this id", null) { Reason = WarningRefusalReason.NotFound };
}
