using Hotline.CallCenter.Contracts;
using Hotline.Tickets.Contracts.Intake;
using Hotline.WebConsole.Agent;
using Hotline.WebConsole.Text;
using Microsoft.AspNetCore.Components;

namespace Hotline.WebConsole.Components.Pages.Agent;

/// <summary>The register form's steps: check, register, next; focus follows the step (category, then the new ticket).</summary>
public sealed partial class RegisterForm
{
    private ElementReference _text, _category, _result;
    private string? _focus;

    [CascadingParameter] public ConsoleText T { get; set; } = default!;

    [Parameter, EditorRequired] public RegisterDraft Draft { get; set; } = default!;

    /// <summary>After a ticket is registered (the page re-reads the caller's tickets).</summary>
    [Parameter] public EventCallback<StaffIntakeResult> OnRegistered { get; set; }

    private IReadOnlyDictionary<string, string[]>? Errors { get; set; }

    private string? Rejection { get; set; }

    private StaffIntakeResult? Result { get; set; }

    private AgentText A => AgentTexts.Of(T.Lang);

    /// <summary>Moves the keyboard to the complaint's text (after the household was chosen).</summary>
    public void FocusText()
    {
        _focus = nameof(_text);
        StateHasChanged();
    }

    private async Task Submit()
    {
        Rejection = null;
        Result = null;
        if (Draft.Check is null)
        {
            var check = await Workspace.Precheck(Draft.ToPrecheck());
            Errors = check.Errors;
            if (check.Value is { } answer)
            {
                Draft.Checked(answer);
                _focus = nameof(_category);
            }

            // A refused check said nothing before: the button seemed to do nothing at all.
            Rejection = check.Refused is not null ? T.NotAllowed : null;

            return;
        }

        var registered = await Workspace.Register(Draft.ToIntake());
        Errors = registered.Errors;
        if (registered.Value is { Registered: true } done)
        {
            Result = done;
            _focus = nameof(_result);
            await OnRegistered.InvokeAsync(done);
        }
        else
        {
            Rejection = registered.Value?.Rejection ?? (registered.Refused is not null ? T.NotAllowed : null);
        }
    }

    private void Next()
    {
        Result = null;
        Errors = null;
        Draft.Next();
        _focus = nameof(_text);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var target = _focus switch
        {
            nameof(_category) => _category,
            nameof(_result) => _result,
            nameof(_text) => _text,
            _ => (ElementReference?)null,
        };
        _focus = null;
        if (target is { } element)
        {
            await element.FocusAsync();
        }
    }
}
