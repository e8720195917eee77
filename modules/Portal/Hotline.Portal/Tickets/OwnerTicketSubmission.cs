using Hotline.Attachments.Contracts;
using Hotline.Portal.Sessions;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Intake;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Tickets;

/// <summary>
/// A ticket from the portal's form: channel <c>web</c> set here, the owner's own phone and one of their households,
/// registered through the Tickets module's intake (its validation and category suggestion), idempotent by the form's
/// token, then its photos through the Attachments module's checks.
/// </summary>
public sealed class OwnerTicketSubmission(ITicketIntake intake, ITicketPhotoIntake photos, IOptions<PortalOptions> options)
{
    public const string Channel = "web";

    /// <summary>The largest form body: the photos at their largest, and room for the rest.</summary>
    public long RequestBodyLimit => photos.MaxBytes * options.Value.MaxPhotosPerSubmission + 256 * 1024;

    public async Task<SubmissionResult> Submit(OwnerSession session, PortalSubmission form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>();
        if (!Guid.TryParse(form.FormToken, out var token))
        {
            errors["formToken"] = "表單已失效，請重新整理頁面";
        }

        var household = int.TryParse(form.Household, out var index) && index >= 0 && index < session.Households.Count ? session.Households[index] : null;
        if (household is null)
        {
            errors["household"] = "請選擇您的住戶";
        }

        var withPhotos = form.Kind is "Complaint" or "Repair";
        if (form.Photos.Count > 0 && !withPhotos)
        {
            errors["photos"] = "只有投訴及報修可附相片";
        }
        else if (form.Photos.Count > options.Value.MaxPhotosPerSubmission)
        {
            errors["photos"] = $"最多可附 {options.Value.MaxPhotosPerSubmission} 張相片";
        }

        if (!Enum.TryParse<TicketKind>(form.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            errors["kind"] = "請選擇類別";
        }

        if (errors.Count > 0)
        {
            return new SubmissionResult(null, null, errors, []);
        }

        // The same intake as every owners' door: the form token is the message id, so a double submit is one ticket.
        var result = await intake.Register(new ChannelIntake(
            Channel, $"{session.Owner.Key}:{token:N}", kind, household!.ProjectId, household.Label, form.Text ?? "", null, session.Owner.Phone), ct);
        if (!result.Registered)
        {
            var refused = result.Rejection is { } rejection
                ? new Dictionary<string, string> { ["text"] = rejection }
                : result.Errors.ToDictionary(e => e.Key, e => FieldMessage(e.Key, e.Value));
            return new SubmissionResult(null, null, refused, []);
        }

        var refusals = new List<string>();
        foreach (var photo in form.Photos)
        {
            var added = await photos.Add(result.TicketId!.Value, photo.ContentType, photo.Bytes, session.Owner.Actor.PersonId, ct);
            if (added.Refusal is { } refusal)
            {
                refusals.Add($"{photo.FileName}：{refusal}");
            }
        }

        return new SubmissionResult(result.TicketId, result.TicketNumber, errors, refusals);
    }

    // The intake answers in the API's words; the owner reads the form's field in Chinese, with the rule kept below it.
    private static string FieldMessage(string field, string[] messages) => field switch
    {
        "kind" => "請選擇類別",
        "text" => messages.Any(m => m.Contains("required", StringComparison.Ordinal)) ? "請填寫內容" : "內容過長：" + string.Join("；", messages),
        _ => string.Join("；", messages),
    };
}
