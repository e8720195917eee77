using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Hotline.Security.Tests.Access;

/// <summary>Turns an endpoint key into a concrete request against the fixture's resources (ticket and warning of p-sunrise, branch north).</summary>
public static partial class MatrixRequests
{
    public static HttpRequestMessage For(string endpointKey, AccessFixture fixture)
    {
        var (method, pattern) = (endpointKey[..endpointKey.IndexOf(' ')], endpointKey[(endpointKey.IndexOf(' ') + 1)..]);
        var path = Parameter().Replace(pattern, match => match.Groups["name"].Value switch
        {
            "id:guid" when pattern.StartsWith("/api/tickets/", StringComparison.Ordinal) => fixture.TicketId.ToString(),
            "id:guid" when pattern.StartsWith("/api/warnings/", StringComparison.Ordinal) => fixture.WarningId.ToString(),
            "id" when pattern.StartsWith("/api/organization/projects/", StringComparison.Ordinal) => "p-sunrise",
            "id" when pattern.StartsWith("/api/organization/branches/", StringComparison.Ordinal) => "north",
            "id" when pattern.StartsWith("/api/scores/branches/", StringComparison.Ordinal) => "north",
            "id" when pattern.StartsWith("/api/reports/projects/", StringComparison.Ordinal) => "p-sunrise",
            // A report week (A8.1.4's weekly analysis): the demo clock's week.
            "week" when pattern.StartsWith("/api/reports/weekly-analyses/", StringComparison.Ordinal) => "2026-W48",
            // A past week nobody signs in these tests: a signer meets the endpoint's own checks, not a frozen summary.
            "week" => "2026-W40",
            "id" when pattern.StartsWith("/api/organization/people/", StringComparison.Ordinal) => "sunrise-liaison",
            "photoId:guid" => Guid.NewGuid().ToString(),
            // A month not over (publishing answers 409) and never published (reading answers the endpoint's own 404).
            "month" when pattern.StartsWith("/api/reports/bulletins/", StringComparison.Ordinal) => "2999-01",
            // A channel's webhook (the SMS line, without a secret in this host: 503 past the open rule) and a random
            // stored message or contact (the endpoint's own 404 once the access policy lets the caller through).
            "channel" => "gm-sms",
            "**path" => "messages",
            "id:guid" when pattern.StartsWith("/api/channels/", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            "Id:guid" when pattern.StartsWith("/portal/tickets/", StringComparison.Ordinal) => fixture.TicketId.ToString(),
            // The Orleans Dashboard's data routes: a page of its (withheld) reminders list, a silo or grain class nobody has.
            "page:int" => "1",
            "*path" or "*address" => "127.0.0.1:1@1",
            "*grainName" => "Hotline.NoSuchGrain",
            "Id:guid" when pattern.StartsWith("/console/tickets/", StringComparison.Ordinal) => fixture.TicketId.ToString(),
            "Project" when pattern.StartsWith("/console/reports/", StringComparison.Ordinal) => "p-sunrise",
            "Week" when pattern.StartsWith("/console/reports/", StringComparison.Ordinal) => "2026-W45",
            var other => throw new InvalidOperationException($"the matrix does not know what to put in {{{other}}} of '{endpointKey}': teach MatrixRequests"),
        });
        path += pattern switch
        {
            "/api/tickets" or "/api/warnings" when method == "GET" => "?projectId=p-sunrise",
            "/api/reports/overview" => "?scope=project:p-sunrise",
            "/api/inbox" or "/api/notifications/deliveries" => "?personId=cs-hotline",
            "/api/reports/weekly-summaries" => "?scope=branch:north",
            _ => "",
        };
        var request = new HttpRequestMessage(new HttpMethod(method == "ANY" ? "GET" : method), path);
        if (method is "POST" or "PUT")
        {
            // Empty: whoever gets past the access policy meets the endpoint's own validation, and changes little.
            request.Content = JsonContent.Create(new { });
        }

        return request;
    }

    [GeneratedRegex(@"\{(?<name>[^}]+)\}")]
    private static partial Regex Parameter();
}
