namespace Hotline.WebConsole.Warnings;

/// <summary>The commands of POST /api/warnings/{id}/{command} the board offers, by the API's names.</summary>
public static class WarningCommandNames
{
    public const string Verify = "verify";
    public const string Dismiss = "dismiss";
    public const string Answer = "answer";
    public const string AssignDepartments = "assign-departments";

    public static readonly string[] All = [Verify, Dismiss, Answer, AssignDepartments];
}
