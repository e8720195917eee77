using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.Cleaning;

/// <summary>Cleaning (清潔): garbage, hygiene of public areas, pests and odours.</summary>
public sealed class CleaningCategoryHandler() : KeywordCategoryHandler(Vocabulary)
{
    private static readonly CategoryVocabulary Vocabulary = new("cleaning", "清潔", "CustomerServiceDept")
    {
        Keywords = new Dictionary<string, double>
        {
            ["垃圾"] = 3, ["垃圾桶"] = 3, ["清运"] = 3, ["保洁"] = 4, ["清洁"] = 3, ["卫生"] = 3, ["打扫"] = 3,
            ["清扫"] = 3, ["拖地"] = 3, ["脏"] = 3, ["臭"] = 3, ["异味"] = 3, ["蟑螂"] = 3, ["老鼠"] = 3,
            ["蚊子"] = 3, ["苍蝇"] = 3, ["蚂蚁"] = 2, ["消杀"] = 3, ["灭鼠"] = 3, ["狗屎"] = 4, ["狗粪"] = 4,
            ["粪便"] = 4, ["污渍"] = 3, ["油污"] = 3, ["小广告"] = 3, ["灰尘"] = 2, ["积灰"] = 2,
            ["楼道"] = 1, ["走廊"] = 1, ["大堂"] = 1,
        },
        Subjects =
        [
            new("garbage", "垃圾", "垃圾桶", "清运", "垃圾房"),
            new("pests", "蟑螂", "老鼠", "蚊子", "苍蝇", "蚂蚁", "消杀", "灭鼠"),
            new("pet-waste", "狗屎", "狗粪", "粪便"),
            new("odor", "臭", "异味"),
            new("public-area", "楼道", "走廊", "大堂", "楼梯", "电梯间", "灰尘", "积灰", "污渍", "油污", "小广告"),
        ],
        SeriousKeywords = ["鼠患", "疫情", "传染", "污水横流"],
    };
}
