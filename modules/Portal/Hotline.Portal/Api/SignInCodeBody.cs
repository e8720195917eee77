namespace Hotline.Portal.Api;

/// <summary>POST /portal/api/sign-in/code.</summary>
public sealed record SignInCodeBody(string? Phone);
