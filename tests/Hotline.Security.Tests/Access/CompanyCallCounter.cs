using Hotline.Organization.Company;

namespace Hotline.Security.Tests.Access;

/// <summary>Counts every call the company grain receives, whatever the interface (a silo-wide incoming filter).</summary>
public sealed class CompanyCallCounter : IIncomingGrainCallFilter
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is CompanyGrain)
        {
            Interlocked.Increment(ref _calls);
        }

        await context.Invoke();
    }
}
