namespace Hotline.Host.Storage;

/// <summary>
/// A grain call that failed because the database could not be reached, in a form every silo can deserialize. Npgsql's
/// own exceptions are not: returned across silos (to the HTTP endpoint of another silo, or to the reminder service)
/// they failed with <c>CodecNotFoundException</c>, which the API then answered 500 (issue 14). Raised by
/// <see cref="StorageExceptionFilter"/>; <see cref="Http.StorageOutage"/> classifies it as an outage (503).
/// </summary>
[GenerateSerializer]
[Alias("hotline.storage-unavailable")]
public sealed class StorageUnavailableException : OrleansException
{
    public StorageUnavailableException(string message)
        : base(message)
    {
    }
}
