using Hotline.Kernel;

namespace Hotline.Tickets.Contracts;

/// <summary>
/// Any command on an existing ticket: one sealed record per command in <c>Commands/</c>, each carrying only its own
/// arguments. <see cref="Name"/> is the command's name in URLs and "allowed commands" answers (see <see cref="TicketCommands"/>).
/// <see cref="RequestId"/> makes it idempotent: the same request twice has one effect.
/// </summary>
/// <remarks>
/// Only ever a message (the grain keeps its name and a note in the timeline, never the command), so no stored data
/// depends on the shape. An argument the body may omit and only the ticket can refuse stays nullable: the ticket
/// first checks its state (409), then the arguments (400 naming the field), as it always has.
/// </remarks>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketCommand")]
public abstract record TicketCommand(
    [property: Id(0)] string RequestId,
    [property: Id(1)] Actor Actor)
{
    public abstract string Name { get; }

    /// <summary>
    /// The body's free note on a command that does not read a note itself (e.g. <c>start</c>): every command has
    /// always accepted one, and it is kept, last, in the command's timeline entry. Null on the commands whose own
    /// arguments include the note (resolve, reopen, callback, review-statement, decide).
    /// </summary>
    [Id(2)]
    public string? Remark { get; init; }
}
