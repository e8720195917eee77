using Hotline.Kernel;
using Hotline.Security.Events;
using Hotline.Security.Identity;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Security.Access;

/// <summary>
/// Every request to an endpoint passes here after authentication: the endpoint's rule from <see cref="AccessTable"/>,
/// the signed-in person's roles from the organisation, the resource's scope; then 401, 403, or on to the
/// endpoint with the <see cref="Caller"/> attached. An endpoint missing from the table is refused. A ticket, warning,
/// project or branch outside every scope of the caller answers 404 exactly like one that does not exist (a 403 would
/// confirm it exists and name its project); each person's calls are rate-limited before any grain is asked.
/// </summary>
public sealed class AccessMiddleware(RequestDelegate next)
{
    /// <summary>Optional: which of their roles a person holding several acts in.</summary>
    public const string ActingRoleHeader = "X-Hotline-Role";

    public async Task InvokeAsync(HttpContext context, AccessRules rules, ResourceResolver resolver, IStaffDirectory staff, StaffRateLimiter limiter, SecurityEvents events)
    {
        if (context.GetEndpoint() is not { } endpoint || EndpointKeys.Of(endpoint) is not { } key)
        {
            await next(context);
            return;
        }

        var rule = rules.Find(key, context.GetRouteValue(AccessTable.CommandRouteValue) as string);
        // Open endpoints, and the owners' portal, which checks its own session (a staff token or cookie is none).
        if (rule is { Anonymous: true } or { Owners: true })
        {
            await next(context);
            return;
        }

        var personId = context.User.PersonId();
        if (personId is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await AccessProblems.Write(context, StatusCodes.Status401Unauthorized, "Sign in first", "this needs a signed-in person: a bearer token or the console's session");
            return;
        }

        if (rule is null)
        {
            events.Record(SecurityEventKind.AccessRefused, key, "not in the access table");
            await AccessProblems.Write(context, StatusCodes.Status403Forbidden, "Not allowed", $"'{key}' is not in the access table, so nobody may call it");
            return;
        }

        if (!limiter.TryEnter(personId, out var retryAfter))
        {
            events.Record(SecurityEventKind.RateLimited, key, "over the per-person limit");
            context.Response.Headers.RetryAfter = retryAfter;
            await AccessProblems.Write(context, StatusCodes.Status429TooManyRequests, "Too many requests", $"Too many requests from this person; try again in {retryAfter} s.");
            return;
        }

        // This silo's copy of the staff directory: no call to the company grain per request.
        var person = await staff.GetPerson(personId);
        if (person is null)
        {
            events.Record(SecurityEventKind.AccessRefused, key, "not in the organisation");
            await AccessProblems.Write(context, StatusCodes.Status403Forbidden, "Not allowed", "the signed-in person is not in the organisation");
            return;
        }

        Role? requested = null;
        if (context.Request.Headers[ActingRoleHeader].ToString() is { Length: > 0 } named)
        {
            if (!Enum.TryParse<Role>(named, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                await AccessProblems.Write(context, StatusCodes.Status400BadRequest, "Unknown role", $"{ActingRoleHeader} must name a role: {string.Join(", ", Enum.GetNames<Role>())}");
                return;
            }

            requested = parsed;
        }

        var resource = await resolver.Resolve(rule.Resource, context, person);
        if (resource.InvalidField is { } field)
        {
            await TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["must not be blank"] }).ExecuteAsync(context);
            return;
        }

        if (ReferenceEquals(resource, AccessResource.Missing))
        {
            await NotFound(context, rule);
            return;
        }

        var verdict = AccessDecision.Decide(rule, personId, person.Roles, resource, requested);
        if (!verdict.Allowed)
        {
            var hidden = Hidden.Contains(rule.Resource) && !person.Roles.Any(resource.IsCoveredBy);
            events.Record(SecurityEventKind.AccessRefused, key, hidden ? "outside the caller's scope (answered 404)" : "role not allowed");
            if (hidden)
            {
                await NotFound(context, rule);
                return;
            }

            await AccessProblems.Write(context, StatusCodes.Status403Forbidden, "Not allowed", verdict.Refusal!);
            return;
        }

        context.Features.Set(new Caller(personId, person.Roles, verdict.ActingRole));
        await next(context);
    }

    /// <summary>Things whose existence the caller may not know unless one of their roles covers them.</summary>
    private static readonly ResourceKind[] Hidden = [ResourceKind.Ticket, ResourceKind.Warning, ResourceKind.Project, ResourceKind.Branch];

    // The same answer for "does not exist" and "exists outside your scope".
    private static Task NotFound(HttpContext context, AccessRule rule) =>
        AccessProblems.Write(context, StatusCodes.Status404NotFound, "Not found", $"there is no such {rule.Resource.ToString().ToLowerInvariant()}");
}
