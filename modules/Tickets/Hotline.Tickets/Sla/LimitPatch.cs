using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Sla;

/// <summary>What an override changes in one limit; a part left out keeps the value it overrides.</summary>
internal sealed record LimitPatch(TimeSpan? Duration, bool? DutyTimeOnly)
{
    public static LimitPatch? From(LimitOptions? options) => options is null ? null : new(options.Duration, options.DutyTimeOnly);

    public static LimitSpec Apply(LimitPatch? patch, LimitSpec limit) =>
        patch is null ? limit : new(patch.Duration ?? limit.Duration, patch.DutyTimeOnly ?? limit.DutyTimeOnly);
}
