using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Reporting.Frozen;
using Hotline.Reporting.Weeks;
using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// The acts on one project's summary (A10.1.3.4): the liaison's remarks, the two signatures in order, a correction.
/// Each runs on the locked current version, so what is checked is what is changed.
/// </summary>
public sealed class WeeklySummaryService(WeeklySummaryStore store, WeeklySummaryDrafter drafter, WeeklySummaryNotices notices, WeekCalendar calendar, TimeProvider time)
{
    public Task<SignOutcome> SetRemarks(string projectId, string week, string? remarks) => store.Change(projectId, week, async change =>
    {
        if (change.Current is not { } current)
            return (Missing(projectId, week), false);
        if (current.Status != WeeklySummaryStatus.Draft)
            return (SignOutcome.Conflict("Already signed", $"remarks are added before the first signature; version {current.Version} is {current.Status}"), false);
        var content = FrozenJson.With(current.Content, "remarks", remarks);
        await change.SetRemarks(string.IsNullOrWhiteSpace(remarks) ? null : remarks, content, FrozenJson.Sha256(content));
        return (SignOutcome.Done, true);
    });

    /// <summary>Signs the current version as its next signer, binding the signature to <paramref name="contentSha256"/>, the content the signer was shown.</summary>
    public Task<SignOutcome> Sign(string projectId, string week, string personId, ImmutableArray<RoleAssignment> roles, string contentSha256) => store.Change(projectId, week, async change =>
    {
        if (change.Current is not { } current)
            return (Missing(projectId, week), false);
        if (SignatureStep.Next(current.Status) is not { } step)
            return (SignOutcome.Conflict("Frozen", $"version {current.Version} is signed by the project manager and the branch head; a change is a correction (a new version)"), false);
        if (!step.HeldBy(roles, current.ProjectId, current.BranchId))
        {
            var other = step == SignatureStep.Manager ? SignatureStep.BranchHead : SignatureStep.Manager;
            return (other.HeldBy(roles, current.ProjectId, current.BranchId)
                ? SignOutcome.Conflict("Out of order", step == SignatureStep.Manager
                    ? "the project manager signs first, then the branch head"
                    : "the project manager has signed; the branch head signs next")
                : SignOutcome.Forbidden($"the next signature is the {step.Role} of this summary's {(step == SignatureStep.Manager ? "project" : "branch")}"), false);
        }

        if (!string.Equals(contentSha256, current.ContentSha256, StringComparison.OrdinalIgnoreCase))
            return (SignOutcome.Conflict("Content changed", "contentSha256 is not the hash of the current content: it changed since it was shown; read it again before signing", "contentSha256"), false);

        await change.Sign(step.Number, personId, step.Role.ToString(), time.GetUtcNow(), step.After);
        return (SignOutcome.Done, true);
    });

    /// <summary>A correction: version n+1 drafted afresh from the data; version n is kept and shown as replaced.</summary>
    public async Task<SignOutcome> Correct(string projectId, string week, string reason)
    {
        var (versions, _) = await store.Get(projectId, week);
        if (versions.LastOrDefault(v => !v.Replaced) is not { } seen)
            return Missing(projectId, week);

        var reportWeek = ReportWeek.Of(week, calendar);
        var draft = await drafter.DraftOne(reportWeek, projectId, seen.BranchId, seen.Version + 1);
        var now = time.GetUtcNow();
        var outcome = await store.Change(projectId, week, async change =>
        {
            if (change.Current?.Version != seen.Version)
                return (SignOutcome.Conflict("Changed meanwhile", "another correction was made at the same time; read the summary again"), false);
            await change.Replace(reportWeek.Period.From, reportWeek.Period.To, now, reason, draft.Content, draft.ContentSha256);
            return (SignOutcome.Done, true);
        });
        if (outcome.Succeeded)
            await notices.ToSign(week, [(projectId, seen.Version + 1)], now);
        return outcome;
    }

    private static SignOutcome Missing(string projectId, string week) =>
        SignOutcome.NotFound($"project {projectId} has no weekly summary of {week} (drafted at the start of the week's due day)");
}
