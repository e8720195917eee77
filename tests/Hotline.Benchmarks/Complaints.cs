namespace Hotline.Benchmarks;

/// <summary>
/// Registrations as the call center types them: a household drawn from its project's range, a complaint or repair in words
/// the category plugins classify (engineering, cleaning, landscaping, security, customer service), about the household's
/// own building where the issue has a place. No severe keywords, so every ticket starts on the general clocks. Without
/// households the caller gave none (no same-issue counting); without owner phones the owner gets no message.
/// </summary>
public sealed class Complaints(IReadOnlyList<GeneratedProject> projects, bool households = true, bool ownerPhones = true)
{
    private static readonly (string Kind, string Text, bool AtBuilding)[] Templates =
    [
        ("Repair", "{0}号楼电梯经常故障，按了没反应，请尽快维修", true),
        ("Repair", "{0}号楼楼道灯不亮好几天了", true),
        ("Repair", "{0}号楼地下室水管漏水，地面有积水", true),
        ("Repair", "{0}号楼单元门门禁坏了，刷卡打不开", true),
        ("Complaint", "{0}号楼外墙墙皮脱落，担心掉下来", true),
        ("Complaint", "{0}号楼垃圾桶满了一直没人清运，有异味", true),
        ("Complaint", "{0}号楼楼道里有很多小广告和污渍", true),
        ("Complaint", "{0}号楼门口草坪杂草太多，很久没有除草", true),
        ("Complaint", "{0}号楼旁边的树枝挡住窗户，需要修剪", true),
        ("Complaint", "{0}号楼楼下经常有人乱停车，堵住通道", true),
        ("Complaint", "晚上{0}号楼附近噪音扰民，影响休息", true),
        ("Complaint", "物业费发票一直没有开，催了几次", false),
        ("Complaint", "客服电话没人接，问题一直不处理", false),
    ];

    /// <summary>The texts, "{0}" standing for the building: the search step writes list rows from the same words.</summary>
    public static IReadOnlyList<string> TextTemplates { get; } = [.. Templates.Select(t => t.Text)];

    public object Next()
    {
        var project = projects[Random.Shared.Next(projects.Count)];
        var (building, household) = project.HouseholdAt(Random.Shared.Next(project.Households));
        var (kind, text, atBuilding) = Templates[Random.Shared.Next(Templates.Length)];
        return new
        {
            requestId = Guid.NewGuid().ToString("N"),
            kind,
            projectId = project.Id,
            text = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, building),
            location = atBuilding ? $"{building}号楼" : null,
            household = households ? household : null,
            householdNotGiven = households ? (bool?)null : true,
            ownerName = "业主",
            ownerPhone = ownerPhones ? $"139{Random.Shared.Next(100_000_000):00000000}" : null,
        };
    }
}
