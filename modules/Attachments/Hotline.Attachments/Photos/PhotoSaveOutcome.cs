namespace Hotline.Attachments.Photos;

public enum PhotoSaveOutcome
{
    /// <summary>A new photo was stored.</summary>
    Created,

    /// <summary>The ticket already had these bytes: the stored photo is answered again.</summary>
    AlreadyStored,

    /// <summary>The ticket carries the most photos allowed; nothing was stored.</summary>
    TicketFull,
}
