using Hotline.Kernel;

namespace Hotline.Tickets.Contracts;

/// <summary>A10.4: the unit head's statement that a matter is not the company's responsibility, and its review.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.NonResponsibilityStatement")]
public sealed record NonResponsibilityStatement(
    [property: Id(0)] DateTimeOffset FiledAt,
    [property: Id(1)] Actor FiledBy,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateTimeOffset? ReviewedAt,
    [property: Id(4)] bool? Accepted,
    [property: Id(5)] string? ReviewNote)
{
    public bool Pending => ReviewedAt is null;
}
