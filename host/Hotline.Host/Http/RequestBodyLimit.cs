using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Hotline.Host.Http;

/// <summary>
/// Refuses a declared Content-Length above the limit before anything reads the body (Kestrel enforces
/// the same limit while reading chunked bodies). An endpoint's [RequestSizeLimit] wins over the global limit.
/// </summary>
internal static class RequestBodyLimit
{
    public static Task Enforce(HttpContext context, RequestDelegate next)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } endpoint
            ? endpoint.MaxRequestBodySize
            : context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
