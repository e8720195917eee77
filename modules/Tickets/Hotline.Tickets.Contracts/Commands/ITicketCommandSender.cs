using Hotline.Kernel;

namespace Hotline.Tickets.Contracts.Commands;

/// <summary>
/// POST /api/tickets/{id}/{command} without HTTP: the API's endpoint and the console's forms both send a command
/// through this, so the body is checked by the same parser (lengths, names, each command's own fields) and goes to the
/// ticket grain the same way. The caller has passed the access policy for the command first; <paramref name="by"/> is
/// the signed-in person in the role the policy chose.
/// </summary>
public interface ITicketCommandSender
{
    Task<TicketCommandAnswer> Send(Guid ticketId, string command, TicketCommandRequest body, Actor by);
}
