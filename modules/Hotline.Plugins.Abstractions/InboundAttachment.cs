namespace Hotline.Plugins.Abstractions;

/// <summary>A file sent with an owner's message. The host checks it like any upload (photos: type, size, decoding).</summary>
/// <param name="FileName">The name the owner's device gave it.</param>
/// <param name="ContentType">The declared media type, e.g. <c>image/jpeg</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record InboundAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
