using Hotline.Organization.Contracts;

namespace Hotline.Reporting.Tests.Support;

/// <summary>Counts the calls branch and project grains receive, whatever the method (a silo-wide incoming filter).</summary>
public sealed class PlaceCallCounter : IIncomingGrainCallFilter
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is IBranchGrain or IProjectGrain)
            Interlocked.Increment(ref _calls);
        await context.Invoke();
    }
}
