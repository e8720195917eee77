using Hotline.Kernel;
using Hotline.Security.Identity;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Security.Access;

/// <summary>
/// Every request to an endpoint passes here after authentication: the endpoint's rule from <see cref="AccessTable"/>,
/// the signed-in person's roles from the organisation, the resource's scope; then 401, 403, or on to the
/// endpoint with the <see cref="Caller"/> attached. An endpoint missing from the table is refused.
/// </summary>
public sealed class AccessMiddleware(RequestDelegate next)
{
    /// <summary>Optional: which of their roles a person holding several acts in.</summary>
    public const string ActingRoleHeader = "X-Hotline-Role";

    public async Task InvokeAsync(HttpContext context, ResourceResolver resolver, IStaffDirectory staff)
    {
        if (context.GetEndpoint() is not { } endpoint || EndpointKeys.Of(endpoint) is not { } key)
        {
            await next(context);
            return;
        }

        var rule = AccessTable.Find(key, context.GetRouteValue(AccessTable.CommandRouteValue) as string);
        if (rule is { Anonymous: true })
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
            await AccessProblems.Write(context, StatusCodes.Status403Forbidden, "Not allowed", $"'{key}' is not in the access table, so nobody may call it");
            return;
        }

        // This silo's copy of the staff directory: no call to the company grain per request.
        var person = await staff.GetPerson(personId);
        if (person is null)
        {
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
        if (ReferenceEquals(resource, AccessResource.Missing))
        {
            await AccessProblems.Write(context, StatusCodes.Status404NotFound, "Not found", $"there is no such {rule.Resource.ToString().ToLowerInvariant()}");
            return;
        }

        var verdict = AccessDecision.Decide(rule, personId, person.Roles, resource, requested);
        if (!verdict.Allowed)
        {
            await AccessProblems.Write(context, StatusCodes.Status403Forbidden, "Not allowed", verdict.Refusal!);
            return;
        }

        context.Features.Set(new Caller(personId, person.Roles, verdict.ActingRole));
        await next(context);
    }
}
