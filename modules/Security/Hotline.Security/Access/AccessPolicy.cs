using System.Security.Claims;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Hotline.Security.Contracts.Access;
using Hotline.Security.Identity;
using Hotline.Security.Identity.Accounts;

namespace Hotline.Security.Access;

/// <summary>
/// The access decision itself, shared by <see cref="AccessMiddleware"/> (every API request) and the console (every page
/// and button): the endpoint's rule, the person's roles from the organisation, the resource's scope, then
/// <see cref="AccessDecision"/>. A ticket, warning, project or branch outside every scope of the person is "not found",
/// exactly like one that does not exist.
/// </summary>
public sealed class AccessPolicy(AccessRules rules, ResourceResolver resolver, IStaffDirectory staff, SecurityStamps stamps) : IAccessPolicy
{
    /// <summary>Things whose existence the caller may not know unless one of their roles covers them.</summary>
    private static readonly ResourceKind[] Hidden = [ResourceKind.Ticket, ResourceKind.Warning, ResourceKind.Project, ResourceKind.Branch];

    public AccessRule? RuleFor(AccessQuestion question) => rules.Find(question.Endpoint, question.Command);

    public async Task<AccessAnswer> Ask(ClaimsPrincipal user, AccessQuestion question, Role? actingRole = null) =>
        (await AskAll(user, [question], actingRole))[0];

    public async Task<IReadOnlyList<AccessAnswer>> AskAll(ClaimsPrincipal user, IReadOnlyList<AccessQuestion> questions, Role? actingRole = null)
    {
        var personId = await StillSignedIn(user);
        var batch = personId is null ? null : new AccessBatch(resolver, staff, personId);
        var answers = new AccessAnswer[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            answers[i] = await Answer(batch, questions[i], actingRole);
        }

        return answers;
    }

    /// <summary>
    /// The person of a principal whose session still stands. An API request's principal was checked by its scheme; a
    /// console circuit keeps the principal it opened with, so a sign-out elsewhere or a locked account (a new security
    /// stamp) ends it here, at its next page read, button or live change: the same stamp check as the cookie's.
    /// </summary>
    private async Task<string?> StillSignedIn(ClaimsPrincipal user) =>
        user.PersonId() is { } personId && await stamps.IsCurrentAsync(personId, user.FindFirst(HotlineClaims.Stamp)?.Value ?? "") ? personId : null;

    private async Task<AccessAnswer> Answer(AccessBatch? batch, AccessQuestion question, Role? actingRole)
    {
        var rule = RuleFor(question);
        if (rule is { Anonymous: true })
        {
            return new AccessAnswer(AccessOutcome.Allowed);
        }

        if (batch is null)
        {
            return new AccessAnswer(AccessOutcome.SignInFirst, Detail: "this needs a signed-in person");
        }

        return rule switch
        {
            null => new AccessAnswer(AccessOutcome.NotAllowed, Detail: $"'{question.Endpoint}' is not in the access table, so nobody may call it", LogReason: "not in the access table"),
            { Owners: true } => new AccessAnswer(AccessOutcome.NotAllowed, Detail: $"'{question.Endpoint}' is for owners signed in to the portal, not staff", LogReason: "owners' endpoint"),
            _ => await Decide(rule, batch, question, actingRole),
        };
    }

    /// <summary>The decision for a signed-in person on an endpoint with a rule (the middleware has found both already).</summary>
    public Task<AccessAnswer> Decide(AccessRule rule, string personId, AccessQuestion question, Role? actingRole) =>
        Decide(rule, new AccessBatch(resolver, staff, personId), question, actingRole);

    private static async Task<AccessAnswer> Decide(AccessRule rule, AccessBatch batch, AccessQuestion question, Role? actingRole)
    {
        // This silo's copy of the staff directory: no call to the company grain per request (and one read per batch).
        var person = await batch.Person();
        if (person is null)
        {
            return new AccessAnswer(AccessOutcome.NotAllowed, Detail: "the signed-in person is not in the organisation", LogReason: "not in the organisation");
        }

        var resource = await batch.Resource(rule.Resource, question, person);
        if (resource.InvalidField is { } field)
        {
            return new AccessAnswer(AccessOutcome.Invalid, Detail: "must not be blank", Field: field);
        }

        if (ReferenceEquals(resource, AccessResource.Missing))
        {
            return NotFound(rule, null);
        }

        var personId = batch.PersonId;
        var verdict = AccessDecision.Decide(rule, personId, person.Roles, resource, actingRole);
        if (verdict.Allowed)
        {
            return new AccessAnswer(AccessOutcome.Allowed, new Caller(personId, person.Roles, verdict.ActingRole));
        }

        return Hidden.Contains(rule.Resource) && !person.Roles.Any(resource.IsCoveredBy)
            ? NotFound(rule, "outside the caller's scope (answered 404)")
            : new AccessAnswer(AccessOutcome.NotAllowed, Detail: verdict.Refusal, LogReason: "role not allowed");
    }

    // The same answer for "does not exist" and "exists outside your scope".
    private static AccessAnswer NotFound(AccessRule rule, string? logReason) =>
        new(AccessOutcome.NotFound, Detail: $"there is no such {rule.Resource.ToString().ToLowerInvariant()}", LogReason: logReason);
}
