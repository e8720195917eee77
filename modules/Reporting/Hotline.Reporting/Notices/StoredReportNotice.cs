using Hotline.Notifications.Contracts;
using Microsoft.Extensions.Logging;

namespace Hotline.Reporting.Notices;

/// <summary>
/// Tells people, through the notifier, about a report version already stored (a published bulletin, a released weekly
/// analysis). The version stands whatever happens to its notice: a failure, finding the recipients included, is logged
/// and not thrown, because answering an error after the version was stored would make the caller's retry store n+1.
/// </summary>
public sealed partial class StoredReportNotice(INotifier notifier, ILogger<StoredReportNotice> log)
{
    public async Task Tell(Func<Task<IReadOnlyCollection<string>>> recipients, InboxItem item)
    {
        try
        {
            await notifier.Notify(await recipients(), item);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NoticeFailed(log, e, item.Kind, item.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} {ItemId}: the report is stored but its notice could not be delivered")]
    private static partial void NoticeFailed(ILogger logger, Exception exception, InboxItemKind kind, string itemId);
}
