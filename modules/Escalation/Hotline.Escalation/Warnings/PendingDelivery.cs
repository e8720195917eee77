using Hotline.Escalation.Contracts;
using Hotline.Notifications.Contracts;

namespace Hotline.Escalation.Warnings;

/// <summary>An inbox item the warning has decided to send and not yet seen delivered (its outbox).</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.PendingDelivery")]
public sealed record PendingDelivery(
    [property: Id(0)] string PersonId,
    [property: Id(1)] InboxItem Item);
