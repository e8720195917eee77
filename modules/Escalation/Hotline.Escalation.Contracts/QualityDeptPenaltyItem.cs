namespace Hotline.Escalation.Contracts;

/// <summary>A12: QualityDept's "400 platform complaints" performance item for a month: every verified warning of every branch (and of the company).</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.QualityDeptPenaltyItem")]
public sealed record QualityDeptPenaltyItem(
    [property: Id(0)] string Item,
    [property: Id(1)] int Blue,
    [property: Id(2)] int Yellow,
    [property: Id(3)] int Red,
    [property: Id(4)] decimal Points)
{
    public const string PlatformComplaints = "400 platform complaints";
}
