namespace Hotline.Attachments.Photos;

public enum PhotoSaveOutcome
{
    /// <summary>A new photo was stored.</summary>
    Created,

    /// <summary>The ticket already had these bytes: the stored photo is answered again.</summary>
    AlreadyStored,

    /// <summary>The ticket carries the most photos allowed; nothing was stored.</summary>
    TicketFull,

    /// <summary>The ticket's photos together would exceed <see cref="PhotoOptions.MaxBytesPerTicket"/>; nothing was stored.</summary>
    TicketBytesFull,

    /// <summary>The uploader's photos of the last 24 hours would exceed <see cref="PhotoOptions.MaxBytesPerPersonPerDay"/>; nothing was stored.</summary>
    PersonDailyBytesFull,
}
