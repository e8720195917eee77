using Microsoft.AspNetCore.Http.Metadata;

namespace Hotline.Portal;

/// <summary>Endpoint metadata the routing middleware applies as the request's body size limit (the new-ticket form's photos).</summary>
internal sealed class PortalRequestSizeLimit(Lazy<long> maxRequestBodySize) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => maxRequestBodySize.Value;
}
