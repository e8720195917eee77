namespace Hotline.Security.Identity.ConsoleSignIn;

/// <summary>The fields POST /account/sign-in reads from the form.</summary>
public sealed record SignInForm(string? Username, string? Password, string? ReturnUrl);
