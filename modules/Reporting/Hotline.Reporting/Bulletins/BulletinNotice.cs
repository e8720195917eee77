using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Microsoft.Extensions.Logging;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// Tells those who answer for the figures that a bulletin (or a new version of one) is out: every branch head and
/// project manager, and the vice-president and general manager. One inbox item per version, its id derived from the
/// month and version, so telling twice leaves one item.
/// </summary>
public sealed partial class BulletinNotice(IStaffDirectory staff, INotifier notifier, ILogger<BulletinNotice> log)
{
    private static readonly Role[] Told = [Role.BranchHead, Role.ProjectManager, Role.VicePresident, Role.GeneralManager];

    public static string ItemId(string month, int version) => $"bulletin/{month}/v{version}";

    /// <summary>Tells them; a failure is logged and does not undo the publication (the bulletin is out either way).</summary>
    public async Task Tell(PublishedBulletin published)
    {
        try
        {
            await Notify(published);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NoticeFailed(log, e, published.Month, published.Version);
        }
    }

    private async Task Notify(PublishedBulletin published)
    {
        var people = await staff.GetPeople();
        var ids = people.Where(p => p.Roles.Any(r => Told.Contains(r.Role))).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        var title = published.Version == 1
            ? $"【月度通報】{published.Month} 月度通報已發布"
            : $"【月度通報】{published.Month} 月度通報已更正（第 {published.Version} 版）";
        var item = new InboxItem(ItemId(published.Month, published.Version), published.PublishedAt, null, null,
            InboxItemKind.MonthlyBulletinPublished, title, null);
        await notifier.Notify(ids, item);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulletin {Month} v{Version} is published but its notice could not be delivered")]
    private static partial void NoticeFailed(ILogger logger, Exception exception, string month, int version);
}
