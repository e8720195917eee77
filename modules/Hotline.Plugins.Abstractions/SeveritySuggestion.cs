namespace Hotline.Plugins.Abstractions;

/// <summary>A10.3: general problems get a 4-hour plan limit, serious ones 1 day.</summary>
public enum SeveritySuggestion
{
    General = 0,
    Serious = 1,
}
