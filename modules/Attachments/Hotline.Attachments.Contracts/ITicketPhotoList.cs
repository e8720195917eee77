namespace Hotline.Attachments.Contracts;

/// <summary>A ticket's photos as GET /api/tickets/{id}/photos lists them (metadata; the bytes at that URL and the photo's id).</summary>
public interface ITicketPhotoList
{
    Task<IReadOnlyList<TicketPhoto>> List(Guid ticketId, CancellationToken ct = default);
}
