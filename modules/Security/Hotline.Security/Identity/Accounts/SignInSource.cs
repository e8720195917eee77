namespace Hotline.Security.Identity.Accounts;

/// <summary>Where a sign-in comes from: the client's address, the known-device token it sent (if any), and the endpoint (for the security log).</summary>
public sealed record SignInSource(string Address, string? DeviceToken, string Endpoint);
