namespace Hotline.Kernel;

/// <summary>Who did something to a ticket: a person and the role they acted in (a channel acts as itself).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Actor")]
public sealed record Actor(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Role)
{
    /// <summary>Hotline itself, acting on its own rules (a breach, an overdue warning, a same-issue incident).</summary>
    public static Actor System { get; } = new("hotline", "System");
}
