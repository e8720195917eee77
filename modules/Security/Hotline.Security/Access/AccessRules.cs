using System.Collections.Immutable;
using Hotline.BuildingBlocks;
using Hotline.Kernel;
using Microsoft.Extensions.Configuration;

namespace Hotline.Security.Access;

/// <summary>
/// The access table as this deployment runs it: <see cref="AccessTable"/> with the ticket-command rows the group chose
/// otherwise, where the regulation leaves it to the group (who reviews a statement, decides a suggestion, confirms a plan):
/// <c>Hotline:Access:TicketCommands:&lt;command&gt;</c> = the roles, replacing that command's row; scopes still apply.
/// Checked at start: an unknown command or role stops the start naming the key.
/// </summary>
public sealed class AccessRules
{
    public const string TicketCommandEndpoint = "POST /api/tickets/{id:guid}/{command}";
    public const string SectionName = "Hotline:Access:TicketCommands";

    private readonly ImmutableDictionary<string, AccessRule> _ticketCommands;

    private AccessRules(ImmutableDictionary<string, ImmutableArray<Role>> chosen)
    {
        var table = AccessTable.Commands[TicketCommandEndpoint];
        _ticketCommands = table.SetItems(chosen.Select(c => KeyValuePair.Create(c.Key, table[c.Key] with { Roles = c.Value })));
    }

    public AccessRule? Find(string endpointKey, string? command) =>
        endpointKey == TicketCommandEndpoint && command is not null && _ticketCommands.TryGetValue(command, out var rule)
            ? rule
            : AccessTable.Find(endpointKey, command);

    /// <summary>Reads <c>Hotline:Access:TicketCommands</c>; each child is a command name with an array of role names.</summary>
    public static AccessRules From(IConfiguration configuration)
    {
        var table = AccessTable.Commands[TicketCommandEndpoint];
        var chosen = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Role>>(StringComparer.Ordinal);
        foreach (var command in configuration.GetSection(SectionName).GetChildren())
        {
            var key = $"{SectionName}:{command.Key}";
            if (!table.ContainsKey(command.Key))
            {
                throw StartupProblem.For(key, $"'{command.Key}' is not a ticket command; known: {string.Join(", ", table.Keys.Order())}");
            }

            var roles = command.GetChildren().Select(r => r.Value).ToArray();
            if (roles.Length == 0)
            {
                throw StartupProblem.For(key, "name at least one role (an empty list would leave the command to nobody)");
            }

            chosen[command.Key] = [.. roles.Select(r => !int.TryParse(r, out _) && Enum.TryParse<Role>(r, out var role) && Enum.IsDefined(role)
                ? role
                : throw StartupProblem.For(key, $"'{r}' is not a role; known: {string.Join(", ", Enum.GetNames<Role>())}"))];
        }

        return new AccessRules(chosen.ToImmutable());
    }
}
