using Hotline.Reporting.Contracts.Bulletins;
namespace Hotline.Reporting.Bulletins;

/// <summary>A published version with its frozen content (the exact canonical JSON that was hashed).</summary>
public sealed record StoredBulletin(PublishedBulletin Published, string Content);
