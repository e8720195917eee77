using System.Text.Json;

namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>One version as shown: its content (canonical JSON), the hash a signer echoes back, its signatures, and whether a correction replaced it.</summary>
public sealed record WeeklySummaryVersionView(
    int Version,
    WeeklySummaryStatus Status,
    bool Late,
    bool Replaced,
    DateTimeOffset DraftedAt,
    DateTimeOffset? SignedAt,
    string? CorrectionReason,
    string? Remarks,
    JsonElement Content,
    string ContentSha256,
    IReadOnlyList<WeeklySummarySignature> Signatures);
