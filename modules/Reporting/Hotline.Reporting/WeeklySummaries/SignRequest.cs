namespace Hotline.Reporting.WeeklySummaries;

/// <summary>POST .../sign: the SHA-256 (hex) of the content the signer was shown.</summary>
public sealed record SignRequest(string? ContentSha256);
