using System.Security.Claims;
using Hotline.Organization.Contracts;
using Hotline.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Hotline.Portal.Sessions;

/// <summary>
/// Reads and writes the owner's session cookie. Only <see cref="OwnerSchemes.Owner"/> is asked: a staff token or the
/// console's cookie is no owner session. The request's <c>HttpContext.User</c> is left alone (staff identity, antiforgery).
/// </summary>
public sealed class OwnerSessions(IHouseholdRegistry households)
{
    private static readonly object Key = new();

    /// <summary>The signed-in owner, or null (no cookie, or no household lists the number any more).</summary>
    public async Task<OwnerSession?> Current(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var cached))
        {
            return cached as OwnerSession;
        }

        var result = await context.AuthenticateAsync(OwnerSchemes.Owner);
        OwnerSession? session = null;
        if (result.Succeeded && OwnerIdentity.From(result.Principal.FindFirstValue(OwnerSchemes.PhoneClaim)) is { } owner)
        {
            var registered = await households.FindByPhone(owner.Phone);
            session = registered.Count > 0 ? new OwnerSession(owner, registered) : null;
        }

        context.Items[Key] = session;
        return session;
    }

    public static Task SignIn(HttpContext context, OwnerIdentity owner)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, owner.Key), new Claim(OwnerSchemes.PhoneClaim, owner.Phone)], OwnerSchemes.Owner);
        return context.SignInAsync(OwnerSchemes.Owner, new ClaimsPrincipal(identity));
    }

    public static Task SignOut(HttpContext context) => context.SignOutAsync(OwnerSchemes.Owner);
}
