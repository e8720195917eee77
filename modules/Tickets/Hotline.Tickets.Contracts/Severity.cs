namespace Hotline.Tickets.Contracts;

/// <summary>A10.3: decides the plan limit (4 hours general, 1 day serious).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Severity")]
public enum Severity
{
    General = 1,
    Serious = 2,
}
