namespace Hotline.Tickets.Contracts;

/// <summary>The liaison starts the workflow (A10.1.3.1).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.StartTicket")]
public sealed record StartTicket(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string PersonId);
