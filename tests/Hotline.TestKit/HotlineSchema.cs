using System.Reflection;
using Hotline.Attachments;
using Hotline.CallCenter;
using Hotline.Portal;
using Hotline.Reporting;
using Hotline.Channels;
using Hotline.Escalation;
using Hotline.Notifications;
using Hotline.Organization;
using Hotline.Security;
using Hotline.Storage.Migrations;
using Hotline.Tickets;
using Microsoft.Extensions.Logging;

namespace Hotline.TestKit;

/// <summary>
/// The whole schema for tests that migrate a database without a host: the same modules' migrations the host
/// registers (MigrationSetTests checks that the two lists agree, so a new module cannot be forgotten here).
/// </summary>
public static class HotlineSchema
{
    public static IReadOnlyList<Assembly> Sources { get; } =
    [
        SchemaMigrator.StorageSchema,
        typeof(TicketsModule).Assembly,
        typeof(EscalationModule).Assembly,
        typeof(NotificationsModule).Assembly,
        typeof(SecurityModule).Assembly,
        typeof(AttachmentsModule).Assembly,
        typeof(OrganizationModule).Assembly,
        typeof(ChannelsModule).Assembly,
        typeof(CallCenterModule).Assembly,
        typeof(PortalModule).Assembly,
        typeof(ReportingModule).Assembly,
    ];

    public static int LatestVersion => Migrator().LatestVersion;

    public static SchemaMigrator Migrator(ILogger? logger = null) => new(Sources, logger);
}
