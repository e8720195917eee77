using Hotline.Kernel;
using Hotline.Security.Events;
using Hotline.Security.Identity;
using Hotline.Security.Contracts.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Security.Access;

/// <summary>
/// Every request to an endpoint passes here after authentication: the endpoint's rule from <see cref="AccessTable"/>,
/// then <see cref="AccessPolicy"/> (the one decision the console asks too); then 401, 403, 404, or on to the endpoint
/// with the <see cref="Hotline.Security.Contracts.Caller"/> attached. An endpoint missing from the table is refused. A
/// ticket, warning, project or branch outside every scope of the caller answers 404 exactly like one that does not
/// exist (a 403 would confirm it exists and name its project); each person's calls are rate-limited before any grain is
/// asked. An endpoint marked <see cref="PublicAsset"/> (a style sheet, the console's script) is open to everyone.
/// </summary>
public sealed class AccessMiddleware(RequestDelegate next)
{
    /// <summary>Optional: which of their roles a person holding several acts in.</summary>
    public const string ActingRoleHeader = "X-Hotline-Role";

    public async Task InvokeAsync(HttpContext context, AccessPolicy policy, StaffRateLimiter limiter, SecurityEvents events)
    {
        if (context.GetEndpoint() is not { } endpoint || EndpointKeys.Of(endpoint) is not { } key || endpoint.Metadata.GetMetadata<PublicAsset>() is not null)
        {
            await next(context);
            return;
        }

        var question = Question(context, key);
        var rule = policy.RuleFor(question);
        // Open endpoints, and the owners' portal, which checks its own session (a staff token or cookie is none).
        if (rule is { Anonymous: true } or { Owners: true })
        {
            await next(context);
            return;
        }

        var personId = context.User.PersonId();
        if (personId is null)
        {
            if (rule is { SignInPage: true })
            {
                // A console page: the browser goes to the sign-in form and comes back here.
                await context.ChallengeAsync(HotlineSchemes.Console);
                return;
            }

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

        var answer = await policy.Decide(rule, personId, question, requested);
        if (answer.LogReason is { } reason)
        {
            events.Record(SecurityEventKind.AccessRefused, key, reason);
        }

        switch (answer.Outcome)
        {
            case AccessOutcome.Allowed:
                context.Features.Set(answer.Caller!);
                await next(context);
                return;
            case AccessOutcome.Invalid:
                await TypedResults.ValidationProblem(new Dictionary<string, string[]> { [answer.Field!] = [answer.Detail!] }).ExecuteAsync(context);
                return;
            case AccessOutcome.NotFound:
                await AccessProblems.Write(context, StatusCodes.Status404NotFound, "Not found", answer.Detail!);
                return;
            default:
                await AccessProblems.Write(context, StatusCodes.Status403Forbidden, "Not allowed", answer.Detail!);
                return;
        }
    }

    /// <summary>The request as the policy reads it: endpoint key, command, route id and query values.</summary>
    private static AccessQuestion Question(HttpContext context, string key) => new(
        key,
        context.GetRouteValue(AccessTable.CommandRouteValue) as string,
        context.GetRouteValue("id") as string,
        context.Request.Query.Count == 0 ? null : context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase));
}
