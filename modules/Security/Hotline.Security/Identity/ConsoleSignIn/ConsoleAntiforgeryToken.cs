namespace Hotline.Security.Identity.ConsoleSignIn;

/// <summary>GET /account/antiforgery: the header to send and the token to put in it.</summary>
public sealed record ConsoleAntiforgeryToken(string HeaderName, string Token);
