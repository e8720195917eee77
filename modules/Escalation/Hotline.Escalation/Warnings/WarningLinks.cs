namespace Hotline.Escalation.Warnings;

/// <summary>
/// How many tickets a warning names. A same-issue incident (A11.3) can gather thousands of calls (a water outage); the
/// warning keeps the first ones as examples so its state, and the cost of each further call, stay bounded. The whole
/// list of an incident's tickets is in the same-issue rows of its scope and key.
/// </summary>
public static class WarningLinks
{
    public const int Max = 100;
}
