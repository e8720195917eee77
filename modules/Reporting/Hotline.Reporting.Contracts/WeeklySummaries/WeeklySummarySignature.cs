namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>One signature: who signed, in which role, when, and the SHA-256 of the exact content they signed.</summary>
public sealed record WeeklySummarySignature(int Version, int Step, string Signer, string ActingRole, DateTimeOffset SignedAt, string ContentSha256);
