using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Tickets.Privacy;

public static class OwnerPrivacyEndpoints
{
    /// <summary>GET /api/tickets/{id}/owner-contact (full view, audited) and GET /api/privacy/audit (the log).</summary>
    public static IEndpointRouteBuilder MapOwnerPrivacy(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/tickets").WithTags("Tickets").MapGet("/{id:guid}/owner-contact", OwnerContactEndpoint.Read)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGroup("/api/privacy").WithTags("Privacy").MapGet("/audit", PrivacyAuditEndpoint.Read);
        return app;
    }
}
