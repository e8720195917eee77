using Hotline.Attachments.Contracts;
using Hotline.Security.Contracts;
using Hotline.Tickets.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Attachments.Photos;

public static class TicketPhotoEndpoints
{
    /// <summary>POST/GET /api/tickets/{id}/photos and GET /api/tickets/{id}/photos/{photoId}.</summary>
    public static IEndpointRouteBuilder MapTicketPhotos(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<PhotoOptions>>().Value;
        var group = app.MapGroup("/api/tickets/{id:guid}/photos").WithTags("Tickets");
        // Bearer tokens, not cookies, authenticate uploads: there is no cross-site form post to guard against.
        group.MapPost("/", Upload).DisableAntiforgery().WithMetadata(new PhotoRequestSizeLimit(options.RequestBodyLimit))
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/", List);
        group.MapGet("/{photoId:guid}", Download);
        return app;
    }

    private static async Task<Results<Created<TicketPhoto>, Ok<TicketPhoto>, NotFound, ValidationProblem, ProblemHttpResult>> Upload(
        Guid id, HttpRequest request, Caller caller, IGrainFactory grains, TicketPhotoStore store, IOptions<PhotoOptions> options, CancellationToken ct)
    {
        if (await grains.GetGrain<ITicketGrain>(id).Get() is null)
        {
            return TypedResults.NotFound();
        }

        var (upload, rejection) = await PhotoUploadReader.Read(request, options.Value, ct);
        if (upload is null)
        {
            return rejection!.Status == StatusCodes.Status400BadRequest
                ? TypedResults.ValidationProblem(PhotoProblems.Errors(rejection.Message))
                : PhotoProblems.Problem(rejection.Status, "The photo was not accepted", rejection.Message);
        }

        var limits = options.Value;
        var saved = await store.Save(id, upload, caller.PersonId, limits.MaxPerTicket, ct, limits.MaxBytesPerTicket, limits.MaxBytesPerPersonPerDay);
        return saved switch
        {
            { Outcome: PhotoSaveOutcome.Created, Photo: { } photo } => TypedResults.Created($"/api/tickets/{id}/photos/{photo.Id}", photo),
            { Photo: { } photo } => TypedResults.Ok(photo),
            { Outcome: PhotoSaveOutcome.TicketBytesFull } => PhotoProblems.Problem(StatusCodes.Status409Conflict, "The ticket has all the photo bytes it may carry",
                $"A ticket's photos together are at most {limits.MaxBytesPerTicket} bytes."),
            { Outcome: PhotoSaveOutcome.PersonDailyBytesFull } => PhotoProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many photo bytes today",
                $"One person uploads at most {limits.MaxBytesPerPersonPerDay} bytes of photos in 24 hours."),
            _ => PhotoProblems.Problem(StatusCodes.Status409Conflict, "The ticket has all the photos it may carry",
                $"A ticket carries at most {options.Value.MaxPerTicket} photos."),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<TicketPhoto>>, NotFound>> List(
        Guid id, IGrainFactory grains, TicketPhotoStore store, CancellationToken ct) =>
        await grains.GetGrain<ITicketGrain>(id).Get() is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await store.List(id, ct));

    private static async Task<Results<FileContentHttpResult, NotFound>> Download(
        Guid id, Guid photoId, TicketPhotoStore store, HttpResponse response, CancellationToken ct)
    {
        if (await store.Get(id, photoId, ct) is not { } file)
        {
            return TypedResults.NotFound();
        }

        // Served only as the type its bytes were found to be, never sniffed into something else, never
        // under a name the uploader chose, and inert if opened directly.
        var extension = PhotoFormat.FromContentType(file.ContentType)?.Extension ?? "bin";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentDisposition = $"inline; filename={photoId}.{extension}";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.File(file.Bytes, file.ContentType);
    }
}
