using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.Engineering;

/// <summary>Engineering maintenance (工程維修): building equipment and fabric that is broken or leaking.</summary>
public sealed class EngineeringCategoryHandler() : KeywordCategoryHandler(Vocabulary)
{
    private static readonly CategoryVocabulary Vocabulary = new("engineering", "工程維修", "EngineeringDept")
    {
        Keywords = new Dictionary<string, double>
        {
            ["电梯"] = 3, ["升降机"] = 3, ["lift"] = 3, ["漏水"] = 3, ["渗水"] = 3, ["渗漏"] = 3, ["滴水"] = 2,
            ["停水"] = 3, ["没水"] = 2, ["水压"] = 3, ["水管"] = 3, ["爆管"] = 3, ["水泵"] = 3, ["热水"] = 2,
            ["停电"] = 3, ["没电"] = 2, ["跳闸"] = 3, ["漏电"] = 3, ["电路"] = 3, ["电线"] = 3, ["插座"] = 3,
            ["路灯"] = 3, ["照明"] = 3, ["灯不亮"] = 3, ["灯坏"] = 3, ["灯管"] = 3, ["门禁"] = 3, ["对讲"] = 3, ["道闸"] = 3,
            ["下水道"] = 3, ["排水"] = 3, ["返水"] = 3, ["地漏"] = 3, ["化粪池"] = 3, ["管道"] = 2, ["积水"] = 2,
            ["燃气"] = 3, ["煤气"] = 3, ["外墙"] = 3, ["墙皮"] = 3, ["裂缝"] = 3, ["瓷砖"] = 2, ["防水"] = 3,
            ["空调"] = 3, ["暖气"] = 3, ["供暖"] = 3, ["消防栓"] = 3, ["烟感"] = 3, ["喷淋"] = 3,
            ["报修"] = 3, ["维修"] = 2, ["故障"] = 2, ["坏了"] = 2, ["损坏"] = 2, ["失灵"] = 2, ["堵塞"] = 1,
            ["脱落"] = 2, ["生锈"] = 2, ["异响"] = 2, ["坏"] = 1, ["修"] = 1, ["灯"] = 1,
        },
        Subjects =
        [
            new("elevator", "电梯", "升降机", "lift", "轿厢"),
            // A cut of water or power is the estate's, whichever building calls (listed first: it wins a tie).
            new("water-outage", "停水", "断水", "没水", "没有水") { EstateWide = true },
            new("power-outage", "停电", "断电", "没电", "没有电") { EstateWide = true },
            new("water-leak", "漏水", "渗水", "渗漏", "滴水", "防水", "水渍"),
            new("water-supply", "水压", "水管", "爆管", "水泵", "热水", "水表"),
            new("power", "跳闸", "漏电", "电路", "电线", "插座", "电闸", "电表"),
            new("lighting", "路灯", "照明", "灯不亮", "灯坏", "灯管", "楼道灯", "灯"),
            new("drainage", "下水道", "排水", "返水", "地漏", "化粪池", "堵塞", "积水"),
            new("door-access", "门禁", "对讲", "门锁", "单元门", "道闸"),
            new("gas", "燃气", "煤气"),
            new("facade", "外墙", "墙皮", "裂缝", "瓷砖", "脱落"),
            new("heating-cooling", "空调", "暖气", "供暖"),
            new("fire-equipment", "消防栓", "烟感", "喷淋", "灭火器"),
        ],
        SeriousKeywords = ["爆管", "水浸", "淹水", "短路", "火花", "下坠", "冲顶", "蹲底", "关人"],
    };
}
