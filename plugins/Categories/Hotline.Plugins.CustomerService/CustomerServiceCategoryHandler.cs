using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.CustomerService;

/// <summary>Customer service (客戶服務): fees, staff attitude, unanswered calls, notices and paperwork.</summary>
public sealed class CustomerServiceCategoryHandler() : KeywordCategoryHandler(Vocabulary)
{
    private static readonly CategoryVocabulary Vocabulary = new("customer-service", "客戶服務", "CustomerServiceDept")
    {
        // Attitude words are weak on purpose: "保安态度差" is about guards, so the staff noun decides.
        Keywords = new Dictionary<string, double>
        {
            ["客服"] = 3, ["管家"] = 3, ["前台"] = 3, ["服务中心"] = 3, ["物业服务"] = 2, ["工作人员"] = 1,
            ["物业费"] = 3, ["管理费"] = 3, ["收费"] = 3, ["乱收费"] = 3, ["停车费"] = 3, ["退费"] = 3,
            ["押金"] = 3, ["发票"] = 3, ["账单"] = 3, ["通知"] = 2, ["公告"] = 2, ["回访"] = 3, ["答复"] = 2,
            ["没人接"] = 2, ["不回复"] = 2, ["不回电"] = 2, ["推诿"] = 2, ["敷衍"] = 2, ["不处理"] = 1,
            ["没人管"] = 1, ["态度"] = 1, ["态度差"] = 1, ["态度恶劣"] = 1, ["电话"] = 1, ["办理"] = 2,
            ["装修审批"] = 3, ["钥匙"] = 2, ["快递"] = 2,
        },
        Subjects =
        [
            new("fee-rise", "涨价", "涨费", "提价", "上调", "调价", "加价") { EstateWide = true },
            new("fees", "物业费", "管理费", "收费", "乱收费", "停车费", "退费", "押金", "发票", "账单") { EstateWide = true },
            new("unanswered", "没人接", "不回复", "不回电", "推诿", "敷衍", "不处理", "没人管"),
            new("staff-attitude", "态度", "态度差", "态度恶劣"),
            new("notices", "通知", "公告"),
            new("paperwork", "办理", "装修审批", "钥匙", "快递"),
        ],
        SeriousKeywords = ["起诉", "律师", "法院", "维权", "拒交"],
    };
}
