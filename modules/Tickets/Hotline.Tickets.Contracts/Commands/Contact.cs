using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A10: the owner was contacted; the responsible department and its plan (blank text counts as missing).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Contact")]
public sealed record Contact(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Department,
    [property: Id(1)] string Plan) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Contact;
}
