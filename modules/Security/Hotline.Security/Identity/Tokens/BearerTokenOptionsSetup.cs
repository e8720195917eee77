using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Identity.Tokens;

/// <summary>Validation of Hotline's own bearer tokens: our issuer and audience, HMAC-SHA256 with the cluster's key, the injected clock.</summary>
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
            OnTokenValidated = context =>
            {
                if (context.Principal?.FindFirst(HotlineClaims.PersonId)?.Value is { Length: > 0 } personId)
                {
                    context.Principal = HotlinePrincipal.Create(personId, HotlineSchemes.Bearer);
                }
                else
                {
                    context.Fail("the token names no person");
                }

                return Task.CompletedTask;
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
