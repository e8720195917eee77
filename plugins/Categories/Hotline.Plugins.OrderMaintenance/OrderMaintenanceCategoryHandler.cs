using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.OrderMaintenance;

/// <summary>Order maintenance (秩序維護, category code <c>security</c>): guards, access, parking order, noise, theft, pets.</summary>
public sealed class OrderMaintenanceCategoryHandler() : KeywordCategoryHandler(Vocabulary)
{
    private static readonly CategoryVocabulary Vocabulary = new("security", "秩序維護", "SecurityDept")
    {
        Keywords = new Dictionary<string, double>
        {
            ["保安"] = 4, ["秩序"] = 3, ["门岗"] = 3, ["巡逻"] = 3, ["外来人员"] = 3, ["陌生人"] = 3, ["访客"] = 3,
            ["小偷"] = 3, ["被盗"] = 3, ["盗窃"] = 3, ["被偷"] = 3, ["偷"] = 2, ["入室"] = 3, ["抢劫"] = 3,
            ["打架"] = 3, ["斗殴"] = 3, ["乱停"] = 3, ["占用车位"] = 3, ["车位被占"] = 3, ["停车"] = 2,
            ["车位"] = 2, ["噪音"] = 3, ["扰民"] = 3, ["吵"] = 2, ["高空抛物"] = 4, ["高空坠物"] = 3,
            ["消防通道"] = 3, ["监控"] = 3, ["门卡"] = 2, ["登记"] = 2, ["进出"] = 2, ["放行"] = 2,
            ["电动车"] = 3, ["飞线充电"] = 3, ["遛狗"] = 3, ["狗咬"] = 3, ["拴绳"] = 3, ["大型犬"] = 3,
            ["违建"] = 3, ["违章搭建"] = 3, ["私搭乱建"] = 3, ["群租"] = 3, ["杂物"] = 2, ["堆放"] = 2, ["占用公共"] = 3, ["值班"] = 2, ["安全"] = 1,
        },
        Subjects =
        [
            new("parking", "乱停", "停车", "车位", "占用车位"),
            new("noise", "噪音", "扰民", "吵"),
            new("theft", "小偷", "被盗", "盗窃", "被偷", "偷", "入室", "抢劫"),
            new("visitor-access", "外来人员", "陌生人", "访客", "登记", "进出", "放行", "门卡"),
            new("fire-lane", "消防通道"),
            new("falling-objects", "高空抛物", "高空坠物"),
            new("fighting", "打架", "斗殴"),
            new("pets", "遛狗", "狗咬", "拴绳", "大型犬", "宠物"),
            new("electric-bikes", "电动车", "飞线充电"),
            new("illegal-construction", "违建", "违章搭建", "私搭乱建"),
            new("group-renting", "群租"),
            new("obstruction", "杂物", "堆放", "占用公共"),
            // Last, so a complaint that names what the guards failed at keys on that instead.
            new("guard-conduct", "保安", "门岗", "巡逻", "值班", "睡觉"),
        ],
        SeriousKeywords = ["被盗", "盗窃", "入室", "抢劫", "打架", "斗殴", "持刀", "高空抛物", "狗咬", "咬伤"],
    };
}
