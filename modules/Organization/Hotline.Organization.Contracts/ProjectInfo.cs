namespace Hotline.Organization.Contracts;

/// <summary>
/// A managed residential estate: the unit that must act on its tickets. Its liaisons' duty window is
/// SLA configuration (Hotline:Sla:Overrides with a ProjectId), not organisation data. Id 4 is retired.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.ProjectInfo")]
public sealed record ProjectInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string BranchId,
    [property: Id(3)] int Households)
{
    /// <summary>The cap when the organisation names none.</summary>
    public const int DefaultMaxOpenPerHandler = 10;

    /// <summary>How tickets reach the project's handlers (default assign).</summary>
    [Id(5)]
    public DispatchMode DispatchMode { get; init; }

    /// <summary>The most open tickets one handler may hold; null (or a project stored before caps) means <see cref="DefaultMaxOpenPerHandler"/>.</summary>
    [Id(6)]
    public int? MaxOpenPerHandler { get; init; }

    /// <summary>The cap in force.</summary>
    public int HandlerCap => MaxOpenPerHandler ?? DefaultMaxOpenPerHandler;
}
