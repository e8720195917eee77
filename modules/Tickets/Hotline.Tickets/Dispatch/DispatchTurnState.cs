namespace Hotline.Tickets.Dispatch;

/// <summary>What a turn keeps: the handler given last.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.DispatchTurnState")]
public sealed record DispatchTurnState
{
    [Id(0)]
    public string? Last { get; init; }
}
