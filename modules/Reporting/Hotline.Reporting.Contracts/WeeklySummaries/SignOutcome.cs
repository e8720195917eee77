namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>What came of a request to sign, add remarks or correct: done, or refused with a problem.</summary>
public sealed record SignOutcome(int Status, string? Title = null, string? Detail = null, string? Field = null)
{
    public static readonly SignOutcome Done = new(200);

    public bool Succeeded => Status == 200;

    public static SignOutcome NotFound(string detail) => new(404, "No such weekly summary", detail);

    public static SignOutcome Conflict(string title, string detail, string? field = null) => new(409, title, detail, field);

    public static SignOutcome Forbidden(string detail) => new(403, "Not a signer of this summary", detail);
}
