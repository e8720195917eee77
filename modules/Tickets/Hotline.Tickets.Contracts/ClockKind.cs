namespace Hotline.Tickets.Contracts;

/// <summary>The regulation's clocks. Values are stored: never renumber, only add.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ClockKind")]
public enum ClockKind
{
    /// <summary>A10.1.3.1: start the workflow within 10 minutes of dispatch.</summary>
    Start = 1,
}
