namespace Hotline.Tickets.Contracts;

/// <summary>One ticket, keyed by its id. It owns its state, its clocks and its deadline reminder.</summary>
[Alias("Hotline.Tickets.ITicketGrain")]
public interface ITicketGrain : IGrainWithGuidKey
{
    [Alias("Register")]
    Task<CommandOutcome> Register(RegisterTicket command);

    [Alias("Start")]
    Task<CommandOutcome> Start(StartTicket command);

    /// <summary>The live state, or null for an id no ticket was registered under.</summary>
    [Alias("Get")]
    Task<TicketView?> Get();
}
