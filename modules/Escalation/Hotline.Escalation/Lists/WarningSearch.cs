using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.Escalation.Lists;

/// <summary>A parsed list request: filters, and the keyset cursor (the last row of the previous page) with the page size.</summary>
public sealed record WarningSearch
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public WarningStatus? Status { get; init; }
    public WarningLevel? Level { get; init; }
    public string? ProjectId { get; init; }
    public string? BranchId { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public (DateTimeOffset RaisedAt, Guid Id)? After { get; init; }

    /// <summary>Only raised, verified and answered warnings (the console's board); the API's list sets a status or none.</summary>
    public bool OpenOnly { get; init; }
    public int Limit { get; init; } = DefaultLimit;
}
