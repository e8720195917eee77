using Hotline.Reporting.Contracts.Bulletins;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Reporting.Notices;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// Tells those who answer for the figures that a bulletin (or a new version of one) is out: every branch head and
/// project manager, and the vice-president and general manager. One inbox item per version, its id derived from the
/// month and version, so telling twice leaves one item.
/// </summary>
public sealed class BulletinNotice(IStaffDirectory staff, StoredReportNotice notice)
{
    private static readonly Role[] Told = [Role.BranchHead, Role.ProjectManager, Role.VicePresident, Role.GeneralManager];

    public static string ItemId(string month, int version) => $"bulletin/{month}/v{version}";

    /// <summary>Tells them; a failure is logged and does not undo the publication (the bulletin is out either way).</summary>
    public Task Tell(PublishedBulletin published)
    {
        var title = published.Version == 1
            ? $"【月度通報】{published.Month} 月度通報已發布"
            : $"【月度通報】{published.Month} 月度通報已更正（第 {published.Version} 版）";
        var item = new InboxItem(ItemId(published.Month, published.Version), published.PublishedAt, null, null,
            InboxItemKind.MonthlyBulletinPublished, title, null);
        return notice.Tell(async () =>
            (await staff.GetPeople()).Where(p => p.Roles.Any(r => Told.Contains(r.Role))).Select(p => p.Id).Order(StringComparer.Ordinal).ToList(), item);
    }
}
