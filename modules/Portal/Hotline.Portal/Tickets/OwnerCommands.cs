using System.Globalization;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;

namespace Hotline.Portal.Tickets;

/// <summary>An action form made into the Tickets module's command, or the owner's mistake in Chinese (bad rating, no reason).</summary>
public static class OwnerCommands
{
    public const string ScoreRule = "請為整體、速度、態度各選 1 至 5 分。";

    public static (TicketCommand? Command, string? Error) From(OwnerActionForm form, string requestId, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(form);
        var note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim();
        switch (form.Action)
        {
            case OwnerAction.Urge:
                return (new Urge(requestId, actor, note), null);
            case OwnerAction.Reopen:
                return note is null ? (null, "請填寫需要重新處理的原因。") : (new Reopen(requestId, actor, note), null);
            case OwnerAction.Rate or OwnerAction.Confirm:
                var (overall, speed, attitude) = (Score(form.Overall), Score(form.Speed), Score(form.Attitude));
                var blank = string.IsNullOrWhiteSpace(form.Overall) && string.IsNullOrWhiteSpace(form.Speed) && string.IsNullOrWhiteSpace(form.Attitude);
                // Rating asks for all three scores; confirming takes all three or none.
                if (!(blank && form.Action == OwnerAction.Confirm) && (overall is null || speed is null || attitude is null))
                {
                    return (null, ScoreRule);
                }

                return form.Action == OwnerAction.Rate
                    ? (new Rate(requestId, actor, overall, speed, attitude, note), null)
                    : (new ConfirmResolution(requestId, actor, overall, speed, attitude, note), null);
            default:
                return (null, null);
        }
    }

    private static int? Score(string? raw) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5 ? score : null;
}
