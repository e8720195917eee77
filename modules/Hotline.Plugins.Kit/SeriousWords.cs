using Hotline.Plugins.Abstractions;
namespace Hotline.Plugins.Kit;

/// <summary>Words that make any complaint serious (A10.3): harm, danger, media and repeated complaints (A11.1, A11.4).</summary>
public static class SeriousWords
{
    public static IReadOnlyList<string> Common { get; } =
    [
        // people hurt or in danger
        "受伤", "流血", "骨折", "送医", "昏倒", "死亡", "被困", "困住", "困在", "触电", "漏电",
        "火灾", "着火", "起火", "失火", "冒烟", "燃气泄漏", "煤气泄漏", "爆炸",
        "坍塌", "倒塌", "坠落", "砸伤", "砸到",
        "安全隐患", "危险",
        // escalation: media, authorities, groups, repeats
        "媒体", "记者", "曝光", "报警", "警察", "12345热线", "市长热线", "上访", "群访", "联名", "集体投诉",
        "投诉多次", "多次投诉", "反复投诉", "再次投诉", "二次投诉", "又投诉", "第三次",
    ];
}
