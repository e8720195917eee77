using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Directory;

namespace Hotline.Organization.Tests.Directory;

/// <summary>The company grain's directory side as a plain object: a staff list, a version moved by every change, counted calls.</summary>
internal sealed class FakeStaffSource(params PersonInfo[] people) : IStaffSource
{
    private ImmutableArray<PersonInfo> _people = [.. people];
    private Guid _version = Guid.NewGuid();

    public int VersionCalls { get; private set; }

    public int ListingCalls { get; private set; }

    /// <summary>When set, version checks wait for it (to hold many readers on one check).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>When set, the next call fails with it.</summary>
    public Exception? Failure { get; set; }

    public void Change(Func<ImmutableArray<PersonInfo>, ImmutableArray<PersonInfo>> change)
    {
        _people = change(_people);
        _version = Guid.NewGuid();
    }

    public async Task<Guid> GetStaffVersion()
    {
        VersionCalls++;
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        ThrowIfFailing();
        return _version;
    }

    public Task<StaffListing> GetStaffListing()
    {
        ListingCalls++;
        ThrowIfFailing();
        return Task.FromResult(new StaffListing(_version, _people));
    }

    private void ThrowIfFailing()
    {
        if (Failure is { } failure)
        {
            Failure = null;
            throw failure;
        }
    }
}
