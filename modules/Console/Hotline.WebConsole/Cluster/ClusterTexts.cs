using Hotline.WebConsole.Text;

namespace Hotline.WebConsole.Cluster;

/// <summary>The cluster page's words: Traditional Chinese (default), Simplified Chinese, English, each built whole.</summary>
public static class ClusterTexts
{
    public static readonly ClusterText Traditional = new()
    {
        Lang = ConsoleLanguage.Traditional, Title = "叢集", Refresh = "重新整理", AsOf = "資料時間：",
        Silos = "節點（Silo）", Address = "位址", Name = "名稱", Host = "主機", Status = "狀態", Started = "啟動時間", LastHeartbeat = "最後心跳", ThisSilo = "（本節點）",
        SiloStates = new Dictionary<string, string> { ["Joining"] = "加入中", ["Active"] = "運作中", ["ShuttingDown"] = "關閉中", ["Dead"] = "已停止" },
        Activations = "各類 Grain 的啟用數", GrainType = "Grain 類別", Count = "數量", NoActivations = "目前沒有啟用的 Grain。",
        Reminders = "即將到期的提醒", RemindersUnreadable = "無法讀取提醒表（見資料庫狀態）。", DueWithin = "{0} 分鐘內到期：{1}", RemindersTotal = "提醒總數：{0}",
        Grain = "Grain", Reminder = "提醒", NextTick = "下次觸發", Period = "週期",
        Storage = "資料庫", Reachable = "可連線", Unreachable = "無法連線", RoundTrip = "往返時間（毫秒）", Pools = "連線池", Pool = "連線池",
        Idle = "閒置", Busy = "使用中", Max = "上限", Embedded = "內嵌 PostgreSQL", EmbeddedRunning = "運作中", EmbeddedStopped = "已停止",
        EmbeddedStates = new Dictionary<string, string> { ["Running"] = "受監管", ["Restarting"] = "重新啟動中", ["Failed"] = "重新啟動屢次失敗（仍在重試）" }, EmbeddedRestarts = "已自動重新啟動 {0} 次",
        Figures = "關鍵數字（本節點啟動以來）", FiguresNote = "與 /metrics 匯出的同一組指標；叢集合計請看監控系統。",
        Registered = "登記個案", Met = "時限達成", Breached = "時限逾期", WarningsRaised = "發出預警", ReminderTicks = "提醒觸發次數",
        LatenessMean = "提醒平均延遲", LatenessMax = "提醒最大延遲", Seconds = "{0} 秒", None = "—",
        Dashboard = "開啟 Orleans 儀表板", DashboardOff = "Orleans 儀表板未啟用（Hotline:Operations:DashboardEnabled 為 false）。", MetricsNote = "Prometheus 抓取位址：/metrics（管理員或運維網段）。",
    };

    public static readonly ClusterText Simplified = new()
    {
        Lang = ConsoleLanguage.Simplified, Title = "集群", Refresh = "刷新", AsOf = "数据时间：",
        Silos = "节点（Silo）", Address = "地址", Name = "名称", Host = "主机", Status = "状态", Started = "启动时间", LastHeartbeat = "最后心跳", ThisSilo = "（本节点）",
        SiloStates = new Dictionary<string, string> { ["Joining"] = "加入中", ["Active"] = "运行中", ["ShuttingDown"] = "关闭中", ["Dead"] = "已停止" },
        Activations = "各类 Grain 的激活数", GrainType = "Grain 类别", Count = "数量", NoActivations = "目前没有激活的 Grain。",
        Reminders = "即将到期的提醒", RemindersUnreadable = "无法读取提醒表（见数据库状态）。", DueWithin = "{0} 分钟内到期：{1}", RemindersTotal = "提醒总数：{0}",
        Grain = "Grain", Reminder = "提醒", NextTick = "下次触发", Period = "周期",
        Storage = "数据库", Reachable = "可连接", Unreachable = "无法连接", RoundTrip = "往返时间（毫秒）", Pools = "连接池", Pool = "连接池",
        Idle = "空闲", Busy = "使用中", Max = "上限", Embedded = "内嵌 PostgreSQL", EmbeddedRunning = "运行中", EmbeddedStopped = "已停止",
        EmbeddedStates = new Dictionary<string, string> { ["Running"] = "受监管", ["Restarting"] = "重新启动中", ["Failed"] = "重新启动屡次失败（仍在重试）" }, EmbeddedRestarts = "已自动重新启动 {0} 次",
        Figures = "关键数字（本节点启动以来）", FiguresNote = "与 /metrics 导出的同一组指标；集群合计请看监控系统。",
        Registered = "登记工单", Met = "时限达成", Breached = "时限逾期", WarningsRaised = "发出预警", ReminderTicks = "提醒触发次数",
        LatenessMean = "提醒平均延迟", LatenessMax = "提醒最大延迟", Seconds = "{0} 秒", None = "—",
        Dashboard = "打开 Orleans 仪表板", DashboardOff = "Orleans 仪表板未启用（Hotline:Operations:DashboardEnabled 为 false）。", MetricsNote = "Prometheus 抓取地址：/metrics（管理员或运维网段）。",
    };

    public static readonly ClusterText English = new()
    {
        Lang = ConsoleLanguage.English, Title = "Cluster", Refresh = "Refresh", AsOf = "As of ",
        Silos = "Silos", Address = "Address", Name = "Name", Host = "Host", Status = "Status", Started = "Started", LastHeartbeat = "Last heartbeat", ThisSilo = " (this silo)",
        SiloStates = new Dictionary<string, string> { ["Joining"] = "Joining", ["Active"] = "Active", ["ShuttingDown"] = "Shutting down", ["Dead"] = "Dead" },
        Activations = "Activations per grain type", GrainType = "Grain type", Count = "Count", NoActivations = "No grain is active.",
        Reminders = "Reminders due soon", RemindersUnreadable = "The reminder table could not be read (see the database).", DueWithin = "Due within {0} minutes: {1}", RemindersTotal = "Reminders in all: {0}",
        Grain = "Grain", Reminder = "Reminder", NextTick = "Next tick", Period = "Period",
        Storage = "Database", Reachable = "Reachable", Unreachable = "Unreachable", RoundTrip = "Round trip (ms)", Pools = "Connection pools", Pool = "Pool",
        Idle = "Idle", Busy = "Busy", Max = "Max", Embedded = "Embedded PostgreSQL", EmbeddedRunning = "running", EmbeddedStopped = "stopped",
        EmbeddedStates = new Dictionary<string, string> { ["Running"] = "supervised", ["Restarting"] = "restarting", ["Failed"] = "restarts keep failing (still retrying)" }, EmbeddedRestarts = "restarted {0} times",
        Figures = "Key figures (this silo, since it started)", FiguresNote = "The same instruments /metrics exports; the cluster's totals are in your monitoring.",
        Registered = "Tickets registered", Met = "Deadlines met", Breached = "Deadlines breached", WarningsRaised = "Warnings raised", ReminderTicks = "Reminder ticks",
        LatenessMean = "Mean reminder lateness", LatenessMax = "Worst reminder lateness", Seconds = "{0} s", None = "—",
        Dashboard = "Open the Orleans Dashboard", DashboardOff = "The Orleans Dashboard is switched off (Hotline:Operations:DashboardEnabled is false).", MetricsNote = "Prometheus scrapes /metrics (administrator or operators' network).",
    };

    /// <summary>The table of the console's current language.</summary>
    public static ClusterText For(string lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);
}
