namespace Hotline.Organization.Seeding;

/// <summary>Hotline:Organization:QualityDept: QualityDept's daily duty hours in business time (A8.1.3, A9.1).</summary>
public sealed class QualityDeptDutyOptions
{
    public const string SectionName = OrganizationOptions.SectionName + ":QualityDept";

    public string Start { get; set; } = "08:30";

    public string End { get; set; } = "17:30";
}
