using Hotline.Organization.Projects;

namespace Hotline.Security.Tests.Access;

/// <summary>Counts every call a project grain receives, whatever the interface (a silo-wide incoming filter).</summary>
public sealed class ProjectCallCounter : IIncomingGrainCallFilter
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is ProjectGrain)
        {
            Interlocked.Increment(ref _calls);
        }

        await context.Invoke();
    }
}
