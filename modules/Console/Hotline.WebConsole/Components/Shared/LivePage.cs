using Hotline.Live.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.WebConsole.Components.Shared;

/// <summary>
/// A console page that re-reads what it shows when the grains push a change it wants (<see cref="ILiveChanges"/>, when
/// the host has the Live module), and whose countdowns tick on one timer of the injected clock. Both end with the page.
/// </summary>
public abstract class LivePage : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private ITimer? _tick;

    // One read at a time, in the order asked: a slow first read (the default week) must not land after, and over, a
    // later one the person asked for (another week), nor a push's re-read over either.
    private readonly SemaphoreSlim _reading = new(1, 1);

    [Inject] public IServiceProvider Services { get; set; } = default!;

    /// <summary>"on" once the page receives pushes (its heading carries it as <c>data-live</c>), else "off".</summary>
    protected string Live { get; private set; } = "off";

    [Inject] public TimeProvider Clock { get; set; } = default!;

    /// <summary>Reads what the page shows; called through <see cref="Refresh"/> only.</summary>
    protected abstract Task Read();

    /// <summary>Reads what the page shows (first render, a person's choice, every wanted change), after any read before it.</summary>
    protected async Task Refresh()
    {
        await _reading.WaitAsync();
        try
        {
            await Read();
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>Which changes concern this page (runs for every change published, so cheap: ids only).</summary>
    protected abstract bool Wants(LiveChange change);

    /// <summary>Starts the push subscription and the countdown timer; only in the interactive circuit (not while prerendering).</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _subscription = Services.GetService<ILiveChanges>()?.Subscribe(Wants, _ => InvokeAsync(async () =>
        {
            await Refresh();
            StateHasChanged();
        }));
        _tick = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        if (_subscription is not null)
        {
            Live = "on";
            StateHasChanged();
        }
    }

    /// <summary>Whether a change happened in one of the scopes of <paramref name="me"/>'s roles (the re-read still asks the access rules).</summary>
    protected static bool InMyScopes(Hotline.Security.Contracts.Caller? me, LiveChange change) => me is not null && me.Roles.Any(r => r.Scope switch
    {
        Hotline.Kernel.ScopeKind.Company => true,
        Hotline.Kernel.ScopeKind.Branch => r.ScopeId == change.BranchId,
        _ => r.ScopeId == change.ProjectId,
    });

    /// <summary>A page's own clean-up when it ends (a handler it registered), besides the push subscription and the timer.</summary>
    protected virtual void OnDisposing()
    {
    }

    public void Dispose()
    {
        OnDisposing();
        _subscription?.Dispose();
        _tick?.Dispose();
        GC.SuppressFinalize(this);
    }
}
