namespace Hotline.Security.Identity.Tokens;

/// <summary>The answer of POST /api/auth/token.</summary>
public sealed record IssuedToken(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string PersonId);
