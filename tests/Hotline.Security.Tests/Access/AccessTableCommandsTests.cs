using Hotline.Escalation.Api;
using Hotline.Security.Access;
using Hotline.Tickets.Contracts;

namespace Hotline.Security.Tests.Access;

/// <summary>
/// The access table names the commands as their URLs do (the Security module references no module above it, so not
/// the Tickets or Escalation types): each command those modules accept has its own row, and no row names a command
/// they do not know. An unknown command falls back to the reading rule, so a missing row would go unnoticed elsewhere.
/// </summary>
public sealed class AccessTableCommandsTests
{
    [Fact]
    public void AccessTable_TicketCommandRows_AreExactlyTheTicketCommands()
    {
        var rows = AccessTable.Commands["POST /api/tickets/{id:guid}/{command}"].Keys;

        Assert.Equal(TicketCommands.All.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AccessTable_WarningCommandRows_AreExactlyTheWarningCommands()
    {
        var rows = AccessTable.Commands["POST /api/warnings/{id:guid}/{command}"].Keys;

        Assert.Equal(WarningCommandParser.Commands.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }
}
