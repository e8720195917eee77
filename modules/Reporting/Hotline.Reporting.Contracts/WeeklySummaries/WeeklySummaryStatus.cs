namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>Where a summary version is in its two signatures (A10.1.3.4). Stored by name.</summary>
public enum WeeklySummaryStatus
{
    /// <summary>Drafted; the liaison may add remarks; waits for the project manager.</summary>
    Draft,

    /// <summary>The project manager signed; waits for the branch head.</summary>
    ManagerSigned,

    /// <summary>Both signed: frozen. A correction is a new version.</summary>
    Signed,
}
