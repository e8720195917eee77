using Hotline.Plugins.Abstractions;
using System.Collections.Frozen;
using System.Text;

namespace Hotline.Plugins.Kit;

/// <summary>
/// Folds owner text to one comparable form: Traditional characters become Simplified, full-width
/// ASCII becomes half-width and Latin letters lower case. Keywords and complaints are folded the
/// same way, so a handler lists each word once and matches it in either script.
/// </summary>
public static class ChineseText
{
    // Traditional→Simplified pairs for the characters owners use when they complain about a
    // property (places, facilities, faults, severity, everyday verbs). Not a full converter:
    // a missing pair only costs a match, and adding one is a one-character change.
    private const string TraditionalSimplifiedPairs =
        "號号 樓楼 棟栋 單单 區区 庫库 場场 會会 門门 廣广 園园 東东 層层 戶户 廳厅 廚厨 廁厕 頂顶 " +
        "陽阳 臺台 檯台 圍围 欄栏 牆墙 邊边 築筑 電电 燈灯 線线 綫线 閘闸 壓压 滲渗 氣气 對对 講讲 " +
        "維维 護护 壞坏 損损 鏽锈 縫缝 脫脱 墜坠 觸触 濕湿 黴霉 熱热 涼凉 溫温 網网 設设 備备 鐵铁 " +
        "鎖锁 鑰钥 噴喷 灑洒 燒烧 煙烟 爐炉 鍋锅 漲涨 崗岗 邏逻 來来 員员 盜盗 竊窃 車车 佔占 鬧闹 " +
        "鬥斗 毆殴 拋抛 監监 視视 頻频 錄录 訪访 證证 擾扰 響响 聲声 鄰邻 寵宠 養养 貓猫 隻只 亂乱 " +
        "擺摆 闖闯 搶抢 擊击 隊队 潔洁 衛卫 髒脏 異异 運运 殺杀 滅灭 糞粪 積积 棄弃 廢废 舊旧 環环 " +
        "標标 準准 淨净 乾干 幹干 掃扫 葉叶 蟻蚁 蒼苍 蠅蝇 噁恶 惡恶 綠绿 樹树 澆浇 雜杂 蟲虫 藥药 " +
        "農农 費费 賬账 帳账 態态 務务 聽听 復复 覆复 處处 諉诿 裝装 遞递 價价 錢钱 貴贵 賠赔 償偿 " +
        "責责 負负 遲迟 罵骂 兇凶 劃划 傷伤 災灾 著着 體体 記记 訴诉 屢屡 險险 隱隐 嚴严 團团 轉转 " +
        "換换 報报 嚇吓 驚惊 聯联 醫医 療疗 沒没 無无 個个 這这 們们 業业 應应 該该 發发 髮发 現现 " +
        "進进 開开 關关 為为 從从 時时 間间 問问 題题 與与 請请 幫帮 謝谢 讓让 說说 經经 過过 還还 " +
        "幾几 週周 頭头 鐘钟 點点 滿满 話话 條条 兩两 萬万 麼么 裡里 裏里 級级 續续 飛飞 動动 紅红 " +
        "總总 給给 寫写 認认 實实 樣样 種种 據据 齊齐 夠够 雙双 辦办 專专 錯错 誤误 計计 數数 類类 " +
        "規规 議议 緊紧 鬆松 陰阴 長长 麗丽 灣湾 蓋盖 廠厂 靜静 " +
        "傳传 衝冲 廂厢 壇坛 審审 塵尘 師师 斷断 機机 權权 橫横 漬渍 靈灵 磚砖 籬篱 繩绳 羣群 螞蚂 " +
        "補补 覺觉 調调 轎轿 違违 衞卫 汙污 洩泄 盡尽 儘尽";

    private static readonly FrozenDictionary<char, char> TraditionalToSimplified = BuildMap();

    /// <summary>The folded form of <paramref name="text"/>; null folds to the empty string.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(FoldChar(c));
        }

        return folded.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c == '\u3000')
        {
            return ' ';
        }

        // Full-width ASCII (０-９, Ａ-Ｚ, ＃...) sits at a fixed offset from ASCII.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        if (TraditionalToSimplified.TryGetValue(c, out var simplified))
        {
            return simplified;
        }

        return char.ToLowerInvariant(c);
    }

    private static FrozenDictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        foreach (var pair in TraditionalSimplifiedPairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.Length != 2 || pair[0] == pair[1])
            {
                throw new InvalidOperationException($"Bad Traditional/Simplified pair '{pair}'.");
            }

            map.TryAdd(pair[0], pair[1]);
        }

        return map.ToFrozenDictionary();
    }
}
