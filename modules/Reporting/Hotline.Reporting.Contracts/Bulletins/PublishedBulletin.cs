namespace Hotline.Reporting.Contracts.Bulletins;

/// <summary>
/// One published version of a month's bulletin: who published it when, the SHA-256 of its frozen content, and the
/// version that replaced it (null while it is the month's current one).
/// </summary>
public sealed record PublishedBulletin(
    string Month,
    int Version,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    string Sha256,
    int? ReplacedBy)
{
    public bool Replaced => ReplacedBy is not null;
}
