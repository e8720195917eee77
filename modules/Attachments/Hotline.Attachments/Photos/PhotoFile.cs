namespace Hotline.Attachments.Photos;

/// <summary>A stored photo's bytes and the content type they were found to be at upload.</summary>
public sealed record PhotoFile(string ContentType, byte[] Bytes);
