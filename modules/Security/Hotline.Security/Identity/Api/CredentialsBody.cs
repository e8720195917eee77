namespace Hotline.Security.Identity.Api;

/// <summary>POST /api/auth/token.</summary>
public sealed record CredentialsBody(string? Username, string? Password);
