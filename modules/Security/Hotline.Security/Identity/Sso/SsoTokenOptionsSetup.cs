using Hotline.Security.Identity.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Identity.Sso;

/// <summary>Validation of the group identity provider's tokens, then the switch to a Hotline principal (sub = our person id).</summary>
internal sealed class SsoTokenOptionsSetup(IOptions<SecurityOptions> security, TimeProvider clock) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != HotlineSchemes.Sso)
        {
            return;
        }

        var sso = security.Value.Sso;
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = sso.RequireHttpsMetadata;
        if (!string.IsNullOrWhiteSpace(sso.Authority))
        {
            options.Authority = sso.Authority;
            // A token naming a key id missing from the cached JWKS (the provider rotated) is refused and asks for a re-read
            // of the discovery document, so the next token with that key passes. Unknown key ids cause at most one re-read
            // per RefreshInterval (5 minutes): a new key is accepted within that time (tested in SingleSignOnDiscoveryTests).
            options.RefreshOnIssuerKeyNotFound = true;
        }

        options.Audience = sso.Audience;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = string.IsNullOrWhiteSpace(sso.Issuer) ? null : sso.Issuer,
            ValidAudience = sso.Audience,
            IssuerSigningKeys = string.IsNullOrWhiteSpace(sso.SigningKeysFile) ? null : SsoSigningKeys.Read(sso.SigningKeysFile),
            LifetimeValidator = TokenLifetime.Validator(clock),
            ClockSkew = TokenLifetime.Skew,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = async context =>
            {
                var token = context.SecurityToken as Microsoft.IdentityModel.JsonWebTokens.JsonWebToken;
                var issuedAt = token is { IssuedAt: var iat } && iat != DateTime.MinValue ? new DateTimeOffset(iat, TimeSpan.Zero) : (DateTimeOffset?)null;
                var mapper = context.HttpContext.RequestServices.GetRequiredService<SsoUserMapper>();
                if (await mapper.PersonIdAsync(token?.Issuer, token?.Subject, issuedAt) is { } personId)
                {
                    context.Principal = HotlinePrincipal.Create(personId, HotlineSchemes.Sso);
                }
                else
                {
                    context.HttpContext.RequestServices.GetRequiredService<Events.SecurityEvents>()
                        .Record(Events.SecurityEventKind.SignInFailed, "sso", "no linked, unlocked account for the token's subject, or a revoked token");
                    context.Fail("the identity provider's subject is not linked to an unlocked Hotline account, or the token was revoked");
                }
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
