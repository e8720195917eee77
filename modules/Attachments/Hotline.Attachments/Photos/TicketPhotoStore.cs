using System.Security.Cryptography;
using Hotline.Attachments.Contracts;
using Hotline.Kernel;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Attachments.Photos;

/// <summary>Ticket photos in PostgreSQL, bytes included (table <c>ticket_photos</c>, migration 0010).</summary>
public sealed class TicketPhotoStore(NpgsqlDataSource dataSource, TimeProvider time) : Hotline.Attachments.Contracts.ITicketPhotoList
{
    /// <summary>
    /// Stores the photo unless the ticket has the same bytes already (answered again), is full (photos or bytes), or
    /// the uploader's photos of the last 24 hours would pass their daily budget.
    /// </summary>
    public async Task<PhotoSaveResult> Save(
        Guid ticketId, PhotoUpload upload, string uploadedBy, int maxPerTicket, CancellationToken ct = default,
        long maxBytesPerTicket = long.MaxValue, long maxBytesPerPersonPerDay = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await Execute(connection, TicketPhotoSql.LockTicket, ticketId, ct);

        if (await ReadPhotos(connection, TicketPhotoSql.FindSame, ticketId, ct, sha256) is [var existing])
        {
            return new PhotoSaveResult(PhotoSaveOutcome.AlreadyStored, existing);
        }

        await using (var count = Command(connection, TicketPhotoSql.Count, ticketId))
        {
            if ((long)(await count.ExecuteScalarAsync(ct))! >= maxPerTicket)
            {
                return new PhotoSaveResult(PhotoSaveOutcome.TicketFull, null);
            }
        }

        if (await Sum(connection, TicketPhotoSql.TicketBytes, ticketId, ct) + upload.Bytes.Length > maxBytesPerTicket)
        {
            return new PhotoSaveResult(PhotoSaveOutcome.TicketBytesFull, null);
        }

        await Execute(connection, TicketPhotoSql.LockPerson, ticketId, ct, uploadedBy);
        var dayAgo = time.GetUtcNow().AddDays(-1);
        if (await Sum(connection, TicketPhotoSql.PersonBytesSince, ticketId, ct, uploadedBy, dayAgo) + upload.Bytes.Length > maxBytesPerPersonPerDay)
        {
            return new PhotoSaveResult(PhotoSaveOutcome.PersonDailyBytesFull, null);
        }

        var photo = new TicketPhoto(
            NameBasedGuid.From($"ticket-photo\n{ticketId:N}\n{sha256}"), ticketId, upload.Format.ContentType,
            upload.Bytes.Length, sha256, uploadedBy, time.GetUtcNow());
        await using (var insert = Command(connection, TicketPhotoSql.Insert, ticketId))
        {
            var p = insert.Parameters;
            p.Add(new NpgsqlParameter<Guid>("photo_id", NpgsqlDbType.Uuid) { TypedValue = photo.Id });
            p.Add(new NpgsqlParameter<string>("content_type", NpgsqlDbType.Text) { TypedValue = photo.ContentType });
            p.Add(new NpgsqlParameter<int>("size_bytes", NpgsqlDbType.Integer) { TypedValue = upload.Bytes.Length });
            p.Add(new NpgsqlParameter<string>("sha256", NpgsqlDbType.Char) { TypedValue = sha256 });
            p.Add(new NpgsqlParameter<string>("uploaded_by", NpgsqlDbType.Text) { TypedValue = uploadedBy });
            p.Add(new NpgsqlParameter<DateTimeOffset>("uploaded_at", NpgsqlDbType.TimestampTz) { TypedValue = photo.UploadedAt.ToUniversalTime() });
            p.Add(new NpgsqlParameter<byte[]>("bytes", NpgsqlDbType.Bytea) { TypedValue = upload.Bytes });
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return new PhotoSaveResult(PhotoSaveOutcome.Created, photo);
    }

    /// <summary>The ticket's photos in upload order, without their bytes.</summary>
    public async Task<IReadOnlyList<TicketPhoto>> List(Guid ticketId, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await ReadPhotos(connection, TicketPhotoSql.List, ticketId, ct);
    }

    public async Task<PhotoFile?> Get(Guid ticketId, Guid photoId, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = Command(connection, TicketPhotoSql.Bytes, ticketId);
        command.Parameters.Add(new NpgsqlParameter<Guid>("photo_id", NpgsqlDbType.Uuid) { TypedValue = photoId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new PhotoFile(reader.GetString(0), reader.GetFieldValue<byte[]>(1)) : null;
    }

    private static async Task<List<TicketPhoto>> ReadPhotos(NpgsqlConnection connection, string sql, Guid ticketId, CancellationToken ct, string? sha256 = null)
    {
        await using var command = Command(connection, sql, ticketId);
        if (sha256 is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("sha256", NpgsqlDbType.Char) { TypedValue = sha256 });
        }

        var photos = new List<TicketPhoto>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            photos.Add(new TicketPhoto(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return photos;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, Guid ticketId, CancellationToken ct, string? uploadedBy = null)
    {
        await using var command = Command(connection, sql, ticketId, uploadedBy);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> Sum(NpgsqlConnection connection, string sql, Guid ticketId, CancellationToken ct, string? uploadedBy = null, DateTimeOffset? since = null)
    {
        await using var command = Command(connection, sql, ticketId, uploadedBy);
        if (since is { } from)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("since", NpgsqlDbType.TimestampTz) { TypedValue = from.ToUniversalTime() });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, Guid ticketId, string? uploadedBy = null)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("ticket_id", NpgsqlDbType.Uuid) { TypedValue = ticketId });
        if (uploadedBy is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("uploaded_by", NpgsqlDbType.Text) { TypedValue = uploadedBy });
        }

        return command;
    }
}
