using Hotline.Attachments.Contracts;
using Microsoft.Extensions.Options;

namespace Hotline.Attachments.Photos;

/// <summary><see cref="ITicketPhotoIntake"/>: <see cref="PhotoCheck"/> then <see cref="TicketPhotoStore"/>, as the staff upload does.</summary>
public sealed class TicketPhotoIntake(TicketPhotoStore store, IOptions<PhotoOptions> options) : ITicketPhotoIntake
{
    public long MaxBytes => options.Value.MaxBytes;

    public async Task<TicketPhotoAddResult> Add(Guid ticketId, string? contentType, byte[] bytes, string uploadedBy, CancellationToken ct = default)
    {
        var limits = options.Value;
        var (upload, rejection) = PhotoCheck.Check(contentType, bytes, limits.MaxBytes, limits.PixelBounds);
        if (upload is null)
        {
            return new TicketPhotoAddResult(null, rejection!.Message);
        }

        var saved = await store.Save(ticketId, upload, uploadedBy, limits.MaxPerTicket, ct, limits.MaxBytesPerTicket, limits.MaxBytesPerPersonPerDay);
        return saved.Photo is { } photo
            ? new TicketPhotoAddResult(photo, null)
            : new TicketPhotoAddResult(null, saved.Outcome switch
            {
                PhotoSaveOutcome.TicketBytesFull => $"A ticket's photos together are at most {limits.MaxBytesPerTicket} bytes.",
                PhotoSaveOutcome.PersonDailyBytesFull => $"At most {limits.MaxBytesPerPersonPerDay} bytes of photos in 24 hours.",
                _ => $"A ticket carries at most {limits.MaxPerTicket} photos.",
            });
    }
}
