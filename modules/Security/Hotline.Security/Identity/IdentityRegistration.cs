using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Hotline.Security.Identity;

public static class IdentityRegistration
{
    public static IHostApplicationBuilder AddHotlineIdentity(this IHostApplicationBuilder builder) => builder;

    public static WebApplication UseHotlineIdentity(this WebApplication app) => app;

    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app) => app;
}
