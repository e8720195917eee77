using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Hotline.Security.Access;

public static class AccessRegistration
{
    public static IHostApplicationBuilder AddAccessPolicy(this IHostApplicationBuilder builder) => builder;

    public static WebApplication UseAccessPolicy(this WebApplication app) => app;
}
