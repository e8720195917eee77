using Hotline.Security.Identity.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hotline.Security.Identity;

/// <summary>Which scheme a request authenticates with: its bearer token's issuer decides between Hotline and the group provider; no token means the console cookie.</summary>
internal static class BearerSchemeSelector
{
    public static string Select(HttpContext context, bool ssoEnabled)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return HotlineSchemes.Console;
        }

        return ssoEnabled && !IssuedByHotline(header["Bearer ".Length..].Trim()) ? HotlineSchemes.Sso : HotlineSchemes.Bearer;
    }

    private static bool IssuedByHotline(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer == TokenIssuer.Issuer;
        }
        catch (ArgumentException)
        {
            // Not a JWT at all: Hotline's own scheme rejects it.
            return true;
        }
    }
}
