using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Security.Tests.Access;

/// <summary>The silo's staff directory with a count of the people looked up through it (the access policy's person resolution).</summary>
public sealed class CountingStaffDirectory(IStaffDirectory inner) : IStaffDirectory
{
    private int _lookups;

    public int Lookups => Volatile.Read(ref _lookups);

    public Task<PersonInfo?> GetPerson(string personId)
    {
        Interlocked.Increment(ref _lookups);
        return inner.GetPerson(personId);
    }

    public Task<ImmutableArray<PersonInfo>> GetPeople() => inner.GetPeople();

    public Task<Guid> GetVersion() => inner.GetVersion();
}
