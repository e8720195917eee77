namespace Hotline.Reporting.Contracts.Bulletins;

/// <summary>What came of a request to publish: the version published, or why not (the month is not over: 409).</summary>
public sealed record BulletinPublishing(PublishedBulletin? Published, string? NotOver = null);
