namespace Hotline.Live.Contracts;

/// <summary>
/// A notice that something changed, carrying only ids: where it belongs (project, branch) and, for an inbox item, whose
/// it is. It says nothing of the content, so a page shown a notice still reads the thing through the access rules of
/// the person looking (a push never shows more than a page would).
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Live.LiveChange")]
public sealed record LiveChange(
    [property: Id(0)] LiveTopic Topic,
    [property: Id(1)] string Id,
    [property: Id(2)] string? ProjectId,
    [property: Id(3)] string? BranchId,
    [property: Id(4)] string? PersonId,
    [property: Id(5)] DateTimeOffset At);
