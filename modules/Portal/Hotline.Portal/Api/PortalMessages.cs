namespace Hotline.Portal.Api;

/// <summary>What the portal tells an owner, in the regulation's language (Traditional Chinese), shared by pages and API.</summary>
public static class PortalMessages
{
    public const string InvalidPhone = "請輸入正確的手機號碼";
    public const string CodeSent = "如此號碼已登記於住戶資料，驗證碼已以短訊發送，請於 5 分鐘內輸入。";
    public const string WrongCode = "驗證碼錯誤或已失效，請重新輸入或重新索取驗證碼。";

    public const string NotSignedIn = "請先登入住戶服務。";

    public static string UnknownChannel(IEnumerable<string> choices) => $"請選擇以下其中一種通知方式：{string.Join("、", choices)}（或留空，依個案來源通知）。";

    public static string TooSoon(TimeSpan wait) => $"索取太頻繁，請於 {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} 秒後再試。";
}
