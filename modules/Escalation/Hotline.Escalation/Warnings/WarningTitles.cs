using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;

namespace Hotline.Escalation.Warnings;

/// <summary>Inbox headlines, in the platform's language: level, project, ticket or issue, and the rule.</summary>
internal static class WarningTitles
{
    public static string For(WarningLevel level, WarningSubject subject, string? projectName, string rule)
    {
        var project = (projectName, subject.ProjectId) switch
        {
            ({ } name, { } id) => $"{name}（{id}）",
            (null, { } id) => id,
            _ => "全公司",
        };
        var about = subject.TicketId is { } ticket ? $"工單 {ticket:N}"[..11] : $"問題 {subject.IssueKey}";
        return $"{Level(level)}預警 · {project} · {about} · {rule}";
    }

    public static string Prefix(InboxItemKind kind) => kind switch
    {
        InboxItemKind.VerifyRequest => "【請核實】",
        InboxItemKind.Routed => "【請報方案及完成時間】",
        InboxItemKind.AnswerOverdue => "【方案逾期未報】",
        InboxItemKind.DepartmentsAssigned => "【職能部門協同處理】",
        InboxItemKind.VerificationDueSoon => "【核實即將逾期】",
        InboxItemKind.VerificationOverdue => "【核實已逾期】",
        InboxItemKind.AssignDepartmentsRequest => "【請指派職能部門】",
        _ => "【方案報總經理】",
    };

    private static string Level(WarningLevel level) => level switch
    {
        WarningLevel.Blue => "藍色",
        WarningLevel.Yellow => "黃色",
        _ => "紅色",
    };
}
