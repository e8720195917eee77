namespace Hotline.Security.Identity.Tokens;

/// <summary>The checked Hotline:Security:SigningKey; null bytes when none is configured.</summary>
public sealed record ConfiguredSigningKey(byte[]? Bytes);
