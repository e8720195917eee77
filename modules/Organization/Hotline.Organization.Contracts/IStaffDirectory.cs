using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>
/// The staff directory as this silo sees it: what every signed-in request and every notice asks for, answered from a
/// per-silo copy instead of a call to the one company grain. The company grain stays its owner and only writer.
/// </summary>
/// <remarks>
/// Freshness: a change made through this silo is seen by the next read; a change made through another silo is seen
/// within the configured check interval (<c>Hotline:Organization:Directory:CheckInterval</c>, 2 s by default).
/// </remarks>
public interface IStaffDirectory
{
    /// <summary>One member of staff, or null when no one has that id.</summary>
    Task<PersonInfo?> GetPerson(string personId);

    /// <summary>All members of staff, as the company lists them.</summary>
    Task<ImmutableArray<PersonInfo>> GetPeople();

    /// <summary>
    /// The version of this copy (as fresh as <see cref="GetPeople"/>): it moves whenever the company's staff changes. The
    /// organisation's branches and projects are set only by its import, in the same change as the staff (after the
    /// branches are defined), so a copy of them can re-read when this moves instead of on a timer.
    /// </summary>
    Task<Guid> GetVersion();
}
