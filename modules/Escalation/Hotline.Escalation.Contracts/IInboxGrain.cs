using System.Collections.Immutable;

namespace Hotline.Escalation.Contracts;

/// <summary>A person's inbox, keyed by person id. Deliveries are idempotent by item id.</summary>
[Alias("Hotline.Escalation.IInboxGrain")]
public interface IInboxGrain : IGrainWithStringKey
{
    /// <summary>Adds the item unless one with its id is already there; true when it was added now.</summary>
    [Alias("Deliver")]
    Task<bool> Deliver(InboxItem item);

    /// <summary>The items, newest first.</summary>
    [Alias("Get")]
    Task<ImmutableArray<InboxItem>> Get();
}
