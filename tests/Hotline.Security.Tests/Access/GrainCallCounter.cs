namespace Hotline.Security.Tests.Access;

/// <summary>Counts every call a grain of class <typeparamref name="TGrain"/> receives, whatever the interface (a silo-wide incoming filter).</summary>
public sealed class GrainCallCounter<TGrain> : IIncomingGrainCallFilter
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is TGrain)
        {
            Interlocked.Increment(ref _calls);
        }

        await context.Invoke();
    }
}
