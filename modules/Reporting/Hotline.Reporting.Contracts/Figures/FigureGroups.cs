namespace Hotline.Reporting.Contracts.Figures;

/// <summary>
/// The groups of figures one <see cref="OverviewFigures"/> is made of, each read by its own statement over the query
/// store. A caller that needs only some (the bulletin reads neither open tickets nor same-issue shares) asks for those,
/// and the others are not computed at all: <see cref="OverviewFigures.Groups"/> then says which ones the figures hold.
/// </summary>
[Flags]
public enum FigureGroups
{
    None = 0,

    /// <summary>Tickets received by kind, category and channel, with invalid complaints, suggestions and ratings.</summary>
    Received = 1,

    /// <summary>Tickets open now by status.</summary>
    Open = 2,

    /// <summary>Each clock's outcomes.</summary>
    Clocks = 4,

    /// <summary>Warnings raised, open, verified and answered.</summary>
    Warnings = 8,

    /// <summary>Households per issue key in the same-issue window (A11.3).</summary>
    SameIssues = 16,

    /// <summary>The penalty month's net points (A12).</summary>
    Penalties = 32,

    All = Received | Open | Clocks | Warnings | SameIssues | Penalties,
}
