namespace Hotline.Attachments.Photos;

/// <summary>The statements on <c>ticket_photos</c> (migration 0010).</summary>
internal static class TicketPhotoSql
{
    private const string Metadata = "photo_id, ticket_id, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    /// <summary>Uploads to one ticket take turns, so two concurrent ones cannot both take the last free place.</summary>
    public const string LockTicket = "select pg_advisory_xact_lock(hashtextextended('ticket_photos:' || @ticket_id::text, 0))";

    public const string FindSame = $"select {Metadata} from ticket_photos where ticket_id = @ticket_id and sha256 = @sha256";

    public const string Count = "select count(*) from ticket_photos where ticket_id = @ticket_id";

    /// <summary>One person's uploads take turns too, so two to different tickets cannot both pass the daily budget.</summary>
    public const string LockPerson = "select pg_advisory_xact_lock(hashtextextended('ticket_photos_person:' || @uploaded_by, 0))";

    public const string TicketBytes = "select coalesce(sum(size_bytes), 0) from ticket_photos where ticket_id = @ticket_id";

    public const string PersonBytesSince = "select coalesce(sum(size_bytes), 0) from ticket_photos where uploaded_by = @uploaded_by and uploaded_at > @since";

    public const string Insert = $"""
        insert into ticket_photos ({Metadata}, bytes)
        values (@photo_id, @ticket_id, @content_type, @size_bytes, @sha256, @uploaded_by, @uploaded_at, @bytes)
        """;

    public const string List = $"select {Metadata} from ticket_photos where ticket_id = @ticket_id order by uploaded_at, photo_id";

    public const string Bytes = "select content_type, bytes from ticket_photos where ticket_id = @ticket_id and photo_id = @photo_id";
}
