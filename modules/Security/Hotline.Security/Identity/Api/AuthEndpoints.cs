using Hotline.BuildingBlocks;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Hotline.Security.Identity.Accounts;
using Hotline.Security.Identity.Backoff;
using Hotline.Security.Identity.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;

namespace Hotline.Security.Identity.Api;

/// <summary>/api/auth: bearer tokens for the API, their revocation, and who the caller is.</summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/token", IssueToken).RequireRateLimiting(RateLimitPolicyNames.SignIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/me", Me);
        group.MapPost("/sign-out", SignOut)
            .WithSummary("Signs the caller out everywhere: every token and console session of the caller stops working at once");
        return app;
    }

    private static async Task<Results<Ok<IssuedToken>, ValidationProblem, ProblemHttpResult>> IssueToken(
        CredentialsBody? body, SignInService signIn, TokenIssuer tokens, TimeProvider clock, HttpContext http)
    {
        var problems = CredentialRules.Problems(body?.Username, body?.Password);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var source = new SignInSource(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", KnownDevices.Of(http.Request), "POST /api/auth/token");
        var outcome = await signIn.SignInAsync(body!.Username!.Trim(), body.Password!, source);
        return outcome switch
        {
            { Status: SignInStatus.SignedIn, PersonId: { } personId } => TypedResults.Ok((await tokens.IssueAsync(personId)) with { DeviceToken = outcome.DeviceToken }),
            { Status: SignInStatus.BackingOff, RetryAfter: { } until } => SignInProblems.BackingOff(http, until, clock),
            { Status: SignInStatus.Busy } => SignInProblems.Busy(http),
            _ => SignInProblems.Rejected(),
        };
    }

    // Issue 10: a token is not only dropped by its client but revoked (a new security stamp, as the console's sign-out
    // gives), so a copied token stops too: at once on this host, on the others within StampCacheSeconds.
    private static async Task<NoContent> SignOut(Caller caller, SecurityStamps stamps)
    {
        await stamps.RevokeAsync(caller.PersonId);
        return TypedResults.NoContent();
    }

    // The access policy admitted the caller as a member of staff; their name is the one thing it did not attach.
    private static async Task<Results<Ok<SignedInPerson>, ProblemHttpResult>> Me(Caller caller, IStaffDirectory staff)
    {
        var personId = caller.PersonId;
        return await staff.GetPerson(personId) is { } person
            ? TypedResults.Ok(new SignedInPerson(person.Id, person.Name, person.Roles))
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not a member of staff",
                detail: $"The signed-in person '{personId}' is not in the organisation.");
    }
}
