namespace Hotline.TestKit;

/// <summary>People and places of config/demo-organisation.json the scenarios use (shared by the module test projects).</summary>
public static class Demo
{
    public const string Supervisor = "cc-supervisor";
    public const string QualityHead = "qd-head";
    public const string NorthHead = "north-head";
    public const string SouthHead = "south-head";
    public const string SunriseManager = "sunrise-manager";
    public const string SunriseLiaison = "sunrise-liaison";
    public const string GeneralManager = "gm";
    public const string EngineeringStaff = "engineering-staff";
    public const string SecurityStaff = "security-staff";
    public const string Sunrise = "p-sunrise";
    public const string North = "north";
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
