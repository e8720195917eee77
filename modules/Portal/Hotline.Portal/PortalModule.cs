using Hotline.BuildingBlocks;
using Hotline.Portal.Api;
using Hotline.Portal.Components;
using Hotline.Portal.Live;
using Hotline.Portal.Sessions;
using Hotline.Portal.SignIn;
using Hotline.Portal.Tickets;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Portal;

/// <summary>
/// The owners' web portal (A2 "online customer service", channel <c>web</c>): sign-in by a code texted to a registered
/// number, then the owner's own tickets and a form for a new one, the messages told in the portal and how to be told.
/// Server-rendered Razor components, plain HTML forms; one small script keeps an open page current (/portal/live).
/// </summary>
public static class PortalModule
{
    public static IHostApplicationBuilder AddPortalModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(PortalModule).Assembly);
        var options = builder.Services.BindChecked<PortalOptions>(builder.Configuration, PortalOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignInCodeStore>();
        builder.Services.AddSingleton<OwnerSignIn>();
        builder.Services.AddSingleton<OwnerSessions>();
        builder.Services.AddSingleton<OwnerTicketSubmission>();
        builder.Services.AddSingleton<OwnerTicketActions>();
        builder.Services.AddSingleton<OwnerLiveFeed>();
        builder.Services.AddRazorComponents();
        builder.Services.AddAuthentication().AddCookie(OwnerSchemes.Owner, o =>
        {
            o.Cookie.Name = OwnerSchemes.CookieName;
            o.Cookie.Path = "/portal";
            o.Cookie.HttpOnly = true;
            // Lax: a link to the portal from an SMS or another site opens signed in; forms still need antiforgery tokens.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = options.SessionLifetime;
            o.SlidingExpiration = true;
            o.LoginPath = PortalApiEndpoints.SignInPage;
        });
        return builder;
    }

    /// <summary>/portal (pages) and /portal/api (sign-in).</summary>
    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapPortalApi();
        app.MapOwnerPreferences();
        app.MapPortalLive();
        // Read on first request: resolving the submission at mapping time would start the silo's services too early.
        var services = app.ServiceProvider;
        var uploadLimit = new Lazy<long>(() => services.GetRequiredService<OwnerTicketSubmission>().RequestBodyLimit);
        app.MapRazorComponents<PortalApp>()
            .RequireRateLimiting(RateLimitPolicyNames.OwnerPortal)
            // The new-ticket form carries photos: its page may take a larger body than the API's default.
            .Add(endpoint =>
            {
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: var raw } && raw?.TrimStart('/') == NewTicketRoute.Path.TrimStart('/'))
                {
                    endpoint.Metadata.Add(new PortalRequestSizeLimit(uploadLimit));
                }
            });
        return app;
    }
}
