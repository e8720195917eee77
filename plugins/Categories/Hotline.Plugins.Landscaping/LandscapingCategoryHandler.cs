using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.Landscaping;

/// <summary>Landscaping (綠化): trees, lawns, flower beds, watering and pesticide spraying.</summary>
public sealed class LandscapingCategoryHandler() : KeywordCategoryHandler(Vocabulary)
{
    private static readonly CategoryVocabulary Vocabulary = new("landscaping", "綠化", "CustomerServiceDept")
    {
        Keywords = new Dictionary<string, double>
        {
            ["绿化"] = 4, ["园林"] = 3, ["绿地"] = 3, ["草坪"] = 3, ["草地"] = 3, ["杂草"] = 3, ["除草"] = 3,
            ["割草"] = 3, ["树"] = 2, ["树木"] = 3, ["树枝"] = 3, ["灌木"] = 3, ["苗木"] = 3, ["落叶"] = 2,
            ["修剪"] = 3, ["花草"] = 3, ["花木"] = 3, ["花坛"] = 3, ["绿篱"] = 3, ["浇水"] = 3, ["喷灌"] = 3,
            ["枯死"] = 3, ["枯萎"] = 3, ["补种"] = 3, ["病虫害"] = 3, ["打药"] = 3, ["喷药"] = 3, ["喷洒"] = 2, ["农药"] = 3,
        },
        Subjects =
        [
            new("trees", "树", "树木", "树枝", "灌木", "苗木", "落叶", "修剪"),
            new("lawn", "草坪", "草地", "杂草", "除草", "割草"),
            new("pesticide", "病虫害", "打药", "喷药", "喷洒", "农药"),
            new("irrigation", "浇水", "喷灌", "灌溉"),
            new("dead-plants", "枯死", "枯萎", "补种"),
            new("flower-beds", "花坛", "花草", "花木", "绿篱"),
        ],
        SeriousKeywords = ["树倒", "倒伏", "断枝", "砸到", "砸坏", "中毒"],
    };
}
