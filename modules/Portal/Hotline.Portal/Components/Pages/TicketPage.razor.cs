using Hotline.Portal.Api;
using Hotline.Portal.Sessions;
using Hotline.Portal.Tickets;
using Hotline.Tickets.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Hotline.Portal.Components.Pages;

/// <summary>
/// One of the owner's tickets, and the actions the ticket grain accepts now (urge, confirm the resolution, rate, reopen),
/// each a plain form posted back to this page. The forms shown are the grain's <c>GetAllowedCommands</c> answer, not a
/// guess from the status; a form posted from an older page still reaches the grain, whose refusal is shown in words with
/// the matching status (409, 429, 400).
/// </summary>
public sealed partial class TicketPage
{
    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    private OwnerSession? Session { get; set; }

    private Ticket? Ticket { get; set; }

    private string? Number { get; set; }

    private bool Missing { get; set; }

    private List<(DateTimeOffset At, string Step)> Steps { get; } = [];

    private OwnerActionForm? Form { get; set; }

    private OwnerActionResult? Result { get; set; }

    private readonly string _fresh = Guid.NewGuid().ToString("N");

    /// <summary>The ticket grain's answer to "which commands now" (state, windows, the urge interval): the only rule the forms follow.</summary>
    private IReadOnlyCollection<string> AllowedNow { get; set; } = [];

    private bool CanUrge => AllowedNow.Contains(TicketCommands.Urge);

    private bool CanConfirm => AllowedNow.Contains(TicketCommands.ConfirmResolution);

    private bool CanRate => AllowedNow.Contains(TicketCommands.Rate);

    private bool CanReopen => AllowedNow.Contains(TicketCommands.Reopen);

    // Words only, no form: while the grain's own "next urge from" stamp is ahead on a ticket still being handled, the
    // urge card stays to say when (the form itself follows the grain's answer alone).
    private bool UrgeWaiting => !CanUrge && Ticket is { Status: not (TicketStatus.Resolved or TicketStatus.Closed or TicketStatus.Invalid) } t
        && t.NextUrgeAllowedAt > Time.GetUtcNow();

    private bool NoAction => !(Shows(OwnerAction.Urge, CanUrge) || Shows(OwnerAction.Confirm, CanConfirm)
        || Shows(OwnerAction.Rate, CanRate) || Shows(OwnerAction.Reopen, CanReopen));

    /// <summary>The form this request posts (its <c>_handler</c>), or null.</summary>
    private string? PostedHandler { get; set; }

    // A form posted from a page older than the ticket's state is still rendered for this request, so its handler runs
    // and the owner reads the grain's refusal (409) rather than the framework's "no such form" 400; once it is done,
    // the grain's answer alone decides again.
    private bool Shows(string action, bool allowed) => allowed || (PostedHandler == action && Result is not { Done: true });

    private string DoneMessage => Form?.Action switch
    {
        OwnerAction.Urge => "已催單，管理處會盡快跟進。",
        OwnerAction.Confirm => "已確認處理結果，個案已結案。謝謝您！",
        OwnerAction.Rate => "謝謝您的評分！",
        OwnerAction.Reopen => "已要求重新處理，管理處會再次跟進。",
        _ => "已完成。",
    };

    // A refused form keeps its posted token (its retry is the same request); any other form gets this render's own.
    private string Token(string action) => Posted(action)?.FormToken ?? _fresh;

    private OwnerActionForm? Posted(string action) => Form?.Action == action && Result is { Done: false } ? Form : null;

    protected override async Task OnInitializedAsync()
    {
        if ((Session = await Sessions.Current(HttpContext)) is null)
        {
            Navigation.NavigateTo(PortalApiEndpoints.SignInPage);
            return;
        }

        // Read from the ticket list first: an id that is not the owner's activates no grain, and answers like one that does not exist.
        var row = await Tickets.Find(Id, HttpContext.RequestAborted);
        if (row is null || !Session.Owns(row.ProjectId, row.Household))
        {
            Missing = true;
            // 404 as the headers go out: a status set before rendering makes the component endpoint write no page at all,
            // and the owner should read this page's words (not the API's problem answer) with the 404.
            AnswerWith(StatusCodes.Status404NotFound);
            return;
        }

        Number = row.Number;
        if (HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType)
        {
            PostedHandler = (await HttpContext.Request.ReadFormAsync(HttpContext.RequestAborted))["_handler"];
        }

        await Load();
    }

    private async Task Act(string action)
    {
        if (Session is null || Ticket is null)
        {
            return;
        }

        var posted = HttpContext.Request.Form;
        Form = new OwnerActionForm(action, posted["formToken"], posted["note"], posted["overall"], posted["speed"], posted["attitude"]);
        Result = await Actions.Act(Session, Id, Form, HttpContext.RequestAborted);
        if (!Result.Done)
        {
            AnswerWith(Result.StatusCode);
            if (Result.NotBefore is { } next)
            {
                var seconds = Math.Max(1, (long)Math.Ceiling((next - Time.GetUtcNow()).TotalSeconds));
                HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        await Load();
    }

    private async Task Load()
    {
        var grain = Grains.GetGrain<ITicketGrain>(Id);
        Ticket = await grain.Get();
        AllowedNow = await grain.GetAllowedCommands();
        Steps.Clear();
        foreach (var entry in await grain.GetTimeline())
        {
            if (PortalWords.Step(entry.Action) is { } step)
            {
                Steps.Add((entry.At, step));
            }
        }
    }

    private void AnswerWith(int status)
    {
        var response = HttpContext.Response;
        response.OnStarting(() =>
        {
            response.StatusCode = status;
            return Task.CompletedTask;
        });
    }
}
