namespace Hotline.Portal.Tickets;

/// <summary>One photo of the form, as the browser declared and sent it.</summary>
public sealed record PortalPhoto(string FileName, string? ContentType, byte[] Bytes);
