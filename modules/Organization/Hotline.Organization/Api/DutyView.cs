using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Api;

/// <summary>Shifts as an answer: a shift read from the organisation file without "days" holds a default array, which JSON cannot write.</summary>
internal static class DutyView
{
    public static ImmutableArray<DutyShift> Of(ImmutableArray<DutyShift> duty) =>
        duty.IsDefault ? [] : [.. duty.Select(s => s.Days.IsDefault ? s with { Days = [] } : s)];
}
