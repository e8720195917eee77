using Hotline.Security.Events;
using Hotline.Security.Identity.Accounts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Identity.Tokens;

/// <summary>Validation of Hotline's own bearer tokens: our issuer and audience, HMAC-SHA256 with the cluster's key, the injected clock, and the person's current security stamp (revocation).</summary>
internal sealed class BearerTokenOptionsSetup(SigningKeyProvider keys, TimeProvider clock) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != HotlineSchemes.Bearer)
        {
            return;
        }

        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = TokenIssuer.Issuer,
            ValidAudience = TokenIssuer.Audience,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key],
            LifetimeValidator = TokenLifetime.Validator(clock),
            ClockSkew = TokenLifetime.Skew,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = async context =>
            {
                if (context.Principal?.FindFirst(HotlineClaims.PersonId)?.Value is not { Length: > 0 } personId)
                {
                    context.Fail("the token names no person");
                    return;
                }

                var stamp = context.Principal.FindFirst(TokenIssuer.StampClaim)?.Value ?? "";
                var services = context.HttpContext.RequestServices;
                if (!await services.GetRequiredService<SecurityStamps>().IsCurrentAsync(personId, stamp))
                {
                    services.GetRequiredService<SecurityEvents>().Record(SecurityEventKind.RevokedCredential, "bearer", "a revoked token");
                    context.Fail("the token was revoked");
                    return;
                }

                context.Principal = HotlinePrincipal.Create(personId, HotlineSchemes.Bearer, stamp);
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
