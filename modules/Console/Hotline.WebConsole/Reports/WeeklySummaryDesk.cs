using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Security.Contracts.Access;
using Hotline.WebConsole.Session;

namespace Hotline.WebConsole.Reports;

/// <summary>
/// One project's weekly summary as the console reads it and the acts its buttons do: each asks the access rule of the
/// API endpoint it stands for at the moment, then runs the same code as that endpoint (<see cref="IWeeklySummaries"/>),
/// which checks the order of signatures and the signer's own project or branch.
/// </summary>
public sealed class WeeklySummaryDesk(ConsoleSession session, IWeeklySummaries summaries)
{
    public async Task<(AccessAnswer Answer, WeeklySummaryView? View)> Read(string projectId, string week)
    {
        var answer = await session.Ask(Question(ApiEndpoints.WeeklySummary, projectId));
        if (!answer.Allowed)
            return (answer, null);
        if (!summaries.IsWeek(week))
            return (new AccessAnswer(AccessOutcome.Invalid, Field: "week", Detail: "must be an ISO week as YYYY-Www, e.g. 2026-W49"), null);
        return (answer, await summaries.Get(projectId, week));
    }

    /// <summary>The signature this person may give now: the step the summary waits for, when the sign rule admits them and they hold that step's role over it.</summary>
    public async Task<SignatureStep?> SignatureOffered(WeeklySummaryView view)
    {
        if (SignatureStep.Next(view.Current.Status) is not { } step)
            return null;
        var answer = await session.Ask(Question(ApiEndpoints.WeeklySummarySign, view.ProjectId));
        return answer.Caller is { } caller && step.HeldBy(caller.Roles, view.ProjectId, view.BranchId) ? step : null;
    }

    /// <summary>Remarks are the liaison's, before the first signature.</summary>
    public async Task<bool> MayRemark(WeeklySummaryView view) =>
        view.Current.Status == WeeklySummaryStatus.Draft && (await session.Ask(Question(ApiEndpoints.WeeklySummaryRemarks, view.ProjectId))).Allowed;

    /// <summary>Signs the version shown: the signature binds to the hash of the content on the page.</summary>
    public async Task<SignOutcome> Sign(WeeklySummaryView shown)
    {
        var answer = await session.Ask(Question(ApiEndpoints.WeeklySummarySign, shown.ProjectId));
        return answer.Caller is { } caller
            ? await summaries.Sign(shown.ProjectId, shown.Week, caller.PersonId, caller.Roles, shown.Current.ContentSha256)
            : Refusal(answer);
    }

    public async Task<SignOutcome> SetRemarks(WeeklySummaryView shown, string? remarks)
    {
        var answer = await session.Ask(Question(ApiEndpoints.WeeklySummaryRemarks, shown.ProjectId));
        if (!answer.Allowed)
            return Refusal(answer);
        if (remarks is { Length: > WeeklySummaryLimits.MaxText })
            return new SignOutcome(400, "Invalid", $"at most {WeeklySummaryLimits.MaxText} characters", "remarks");
        return await summaries.SetRemarks(shown.ProjectId, shown.Week, remarks);
    }

    private static SignOutcome Refusal(AccessAnswer answer) => answer.Outcome == AccessOutcome.NotFound
        ? SignOutcome.NotFound(answer.Detail ?? "not found")
        : new SignOutcome(403, "Forbidden", answer.Detail);

    private static AccessQuestion Question(string endpoint, string projectId) => new(endpoint, Id: projectId);
}
