using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Orleans.Runtime;

namespace Hotline.Organization.SameIssue;

/// <summary>The counter's incident: checked against the threshold, saved, then raised or closed (each call idempotent by warning id).</summary>
public sealed partial class SameIssueGrain
{
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await Decide(time.GetUtcNow());
        if (!Current.Open && await this.GetReminder(IncidentReminder.Name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>Checks the threshold as of <paramref name="now"/>; saves only a change; carries out what is pending.</summary>
    private async Task Decide(DateTimeOffset now)
    {
        var households = await Households();
        var count = _window.CountAt(now, _rules.Window);
        var next = IncidentTransitions.Reevaluate(Current, _rules.Reached(count, households));
        if (!ReferenceEquals(next, Current))
        {
            if (next.Open && _marked != true)
            {
                // Marked before it opens, so from now on every report of the key comes here (ProjectGrain.RecordIssue).
                await Mark();
            }

            state.State = next;
            await state.WriteStateAsync();
        }

        if (Current.HasPendingWarnings)
        {
            await Flush(count, households ?? 0, now);
        }

        if (!Current.Open && !Current.HasPendingWarnings && _marked != false)
        {
            // Nothing left to keep: reports below the threshold may be counted from the rows alone again.
            await store.UnmarkIncident(_key);
            _marked = false;
        }
    }

    private async Task Mark()
    {
        await store.MarkIncident(_key);
        _marked = true;
    }

    private async Task Flush(int count, int households, DateTimeOffset now)
    {
        var scope = Scope(households);
        if (Current.RaisePending)
        {
            // Registered before the raise: a crash after it still leaves the reminder that will end the episode.
            await this.RegisterOrUpdateReminder(IncidentReminder.Name, IncidentReminder.Period, IncidentReminder.Period);
            var linked = await store.Tickets(_key, now - _rules.Window);
            await incidents.Raise(IncidentWarnings.Raised(WarningId(Current.Episode), scope, _key.IssueKey, count, linked, _rules));
        }

        foreach (var episode in Current.EpisodesToClose.IsDefault ? [] : Current.EpisodesToClose)
        {
            await incidents.Close(WarningId(episode), IncidentWarnings.EndReason(scope, _key.IssueKey, count, _rules));
        }

        state.State = Current with { RaisePending = false, EpisodesToClose = [] };
        await state.WriteStateAsync();
    }

    /// <summary>The total the threshold applies to: the project's or the company's households, re-read now and then.</summary>
    private async Task<int?> Households()
    {
        if (_households is { } known && time.GetUtcNow() - known.ReadAt < HouseholdsRefresh)
        {
            return known.Households;
        }

        int? households;
        if (_key.IsCompany)
        {
            households = (await GrainFactory.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetInfo())?.Households;
        }
        else
        {
            var project = await GrainFactory.GetGrain<IProjectGrain>(_key.ProjectId!).GetInfo();
            (households, _branchId) = (project?.Households, _branchId ?? project?.BranchId);
        }

        _households = (households, time.GetUtcNow());
        return households;
    }

    private IncidentScope Scope(int households) => _key.IsCompany
        ? IncidentScope.Company(households)
        : IncidentScope.Project(_key.ProjectId!, _branchId, households);
}
