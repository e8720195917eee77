namespace Hotline.WebConsole.Admin;

/// <summary>The administration pages, each standing for an API endpoint whose access rule decides who may use it.</summary>
public enum AdminArea
{
    Organisation,
    Rosters,
    Policies,
    Plugins,
}
