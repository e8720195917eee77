namespace Hotline.Host.Http;

/// <summary>
/// Headers on every answer so a browser never treats data as a page: no content sniffing (a complaint's
/// "&lt;script&gt;" stays JSON text), no framing, no referrer leaking ticket ids. Pages that need more set their own CSP.
/// </summary>
internal static class SecurityHeaders
{
    public static Task Add(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
