using Microsoft.AspNetCore.Http.Metadata;

namespace Hotline.Attachments.Photos;

/// <summary>Endpoint metadata the routing middleware applies as the request's body size limit.</summary>
internal sealed class PhotoRequestSizeLimit(long maxRequestBodySize) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = maxRequestBodySize;
}
