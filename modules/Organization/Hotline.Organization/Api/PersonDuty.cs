using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Api;

/// <summary>The answer to a roster edit: the person and their shifts now (no phone number: it is not what was edited).</summary>
public sealed record PersonDuty(string PersonId, string Name, ImmutableArray<DutyShift> Duty);
