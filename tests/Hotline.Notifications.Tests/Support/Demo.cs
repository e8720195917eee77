namespace Hotline.Notifications.Tests.Support;

/// <summary>People and places of config/demo-organisation.json the tests use.</summary>
internal static class Demo
{
    public const string QualityHead = "qd-head";
    public const string NorthHead = "north-head";
    public const string SunriseManager = "sunrise-manager";
    public const string SunriseLiaison = "sunrise-liaison";
    public const string GeneralManager = "gm";
    public const string EngineeringStaff = "engineering-staff";
    public const string SecurityStaff = "security-staff";
    public const string Sunrise = "p-sunrise";
    public const string North = "north";
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
