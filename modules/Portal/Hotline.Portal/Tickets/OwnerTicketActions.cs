using Hotline.Portal.Components;
using Hotline.Portal.Sessions;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Contracts.Intake;

namespace Hotline.Portal.Tickets;

/// <summary>
/// The signed-in owner's actions on one of their household's tickets (urge, confirm the resolution, rate, reopen): sent
/// straight to the ticket grain as the owner's actor, which decides what the state allows; its refusals come back in
/// the owner's words. Idempotent by the form's token.
/// </summary>
public sealed class OwnerTicketActions(IOwnerTicketList tickets, IGrainFactory grains)
{
    public async Task<OwnerActionResult> Act(OwnerSession session, Guid ticketId, OwnerActionForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(form);
        // Checked here as well as by the page: an id that is not the owner's household's reaches no grain.
        var row = await tickets.Find(ticketId, ct);
        if (row is null || !session.Owns(row.ProjectId, row.Household))
        {
            return new OwnerActionResult(404, "找不到個案", null);
        }

        if (!Guid.TryParse(form.FormToken, out var token))
        {
            return Bad("表單已失效，請重新整理頁面再試。");
        }

        // The token makes the request id: a form posted twice is one command (the grain answers a handled id as done).
        var requestId = $"portal:{session.Owner.Key}:{form.Action}:{token:N}";
        var (command, error) = OwnerCommands.From(form, requestId, session.Owner.Actor);
        if (command is null)
        {
            return Bad(error ?? "無法辨認的操作。");
        }

        var outcome = await grains.GetGrain<ITicketGrain>(ticketId).Execute(command);
        return Answer(form.Action, outcome);
    }

    private static OwnerActionResult Bad(string message) => new(400, message, null);

    private static OwnerActionResult Answer(string action, CommandOutcome outcome)
    {
        if (outcome.Accepted)
        {
            return new OwnerActionResult(200, null, outcome.Ticket);
        }

        if (outcome.NotBefore is { } next)
        {
            var last = outcome.Ticket?.LastUrgedAt is { } at ? $"您已於 {PortalWords.Time(at)} 催單，" : "";
            return new OwnerActionResult(429, $"{last}催單過於頻密，請於 {PortalWords.Time(next)} 後再催單。", outcome.Ticket, next);
        }

        return outcome.InvalidField switch
        {
            "overall" or "speed" or "attitude" when outcome.Ticket?.Rating is not null => new(400, "這次處理結果已經評分，不能再評分。", outcome.Ticket),
            "overall" or "speed" or "attitude" => new(400, OwnerCommands.ScoreRule, outcome.Ticket),
            { } => new(400, "填寫的內容不符合要求（可能過長），請修改後再提交。", outcome.Ticket),
            null => new(409, StateRefusal(action, outcome), outcome.Ticket),
        };
    }

    // 409: the ticket's state (or its reopen window) does not allow the action now.
    private static string StateRefusal(string action, CommandOutcome outcome)
    {
        var status = outcome.CurrentStatus is { } s ? $"個案目前「{PortalWords.Status(s)}」，" : "";
        return action switch
        {
            OwnerAction.Urge => $"{status}現在不能催單。",
            OwnerAction.Confirm => $"{status}現在不能確認處理結果。",
            OwnerAction.Rate => $"{status}現在不能評分（已經評分，或已超過評分期限）。",
            OwnerAction.Reopen => $"{status}現在不能要求重新處理（已超過可重新處理的期限）。",
            _ => $"{status}現在不能進行這個操作。",
        };
    }
}
