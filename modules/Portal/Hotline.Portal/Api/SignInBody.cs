namespace Hotline.Portal.Api;

/// <summary>POST /portal/api/sign-in.</summary>
public sealed record SignInBody(string? Phone, string? Code);
