using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Api;

/// <summary>One member of a project's staff as the call center needs them: who, how to call, when on duty (no shifts: always).</summary>
public sealed record StaffContact(string PersonId, string Name, string? Phone, ImmutableArray<DutyShift> Duty)
{
    public static StaffContact Of(PersonInfo person) => new(person.Id, person.Name, person.Phone, DutyView.Of(person.Duty));
}
