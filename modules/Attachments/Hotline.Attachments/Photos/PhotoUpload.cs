namespace Hotline.Attachments.Photos;

/// <summary>An upload that passed every check: its bytes and the format they were found to be.</summary>
public sealed record PhotoUpload(PhotoFormat Format, byte[] Bytes);
