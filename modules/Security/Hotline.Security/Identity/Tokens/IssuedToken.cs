namespace Hotline.Security.Identity.Tokens;

/// <summary>
/// The answer of POST /api/auth/token. <paramref name="DeviceToken"/>: this device's known-device token; send it back
/// in the X-Hotline-Device header when signing in again, so others' failed guesses at the name never hold it back.
/// </summary>
public sealed record IssuedToken(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string PersonId, string? DeviceToken = null);
