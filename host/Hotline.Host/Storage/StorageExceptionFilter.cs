using Hotline.Host.Http;

namespace Hotline.Host.Storage;

/// <summary>
/// Every grain call that fails for a database outage leaves the grain as one <see cref="StorageUnavailableException"/>
/// naming the original: the caller, on this silo or another, gets an exception it can deserialize and the API's 503
/// handler recognises. Other failures (a constraint violation is a bug) pass unchanged.
/// </summary>
public sealed class StorageExceptionFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (StorageOutage.FromDatabase(e))
        {
            throw new StorageUnavailableException($"{context.InterfaceMethod?.Name}: {e.GetType().Name}: {e.Message}");
        }
    }
}
