namespace Hotline.Kernel;

/// <summary>A11's three levels. Levels only go up. Values are stored: never renumber.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningLevel")]
public enum WarningLevel
{
    Blue = 1,
    Yellow = 2,
    Red = 3,
}
