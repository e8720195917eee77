using System.Text;
using Microsoft.AspNetCore.Http;

namespace Hotline.Reporting.Formats;

/// <summary>
/// The printable page, shown in the browser (inline, with a name for "save as"). Its policy allows no script and
/// nothing fetched: the page is self-contained (styles and SVG inline).
/// </summary>
public sealed class PrintablePageResult(string html, string fileName) : IResult
{
    public const string ContentType = "text/html; charset=utf-8";

    public string Html { get; } = html;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
        response.Headers.XContentTypeOptions = "nosniff";
        var body = Encoding.UTF8.GetBytes(Html);
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
