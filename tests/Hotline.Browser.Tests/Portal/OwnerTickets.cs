using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.TestKit;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests.Portal;

/// <summary>What staff do to an owner's ticket through the API, and how the tests read and resend the page's action forms.</summary>
internal static class OwnerTickets
{
    /// <summary>The handlers (<c>_handler</c>) of the owner action forms on the page, in page order: what the page offers.</summary>
    public static async Task<IReadOnlyList<string>> ActionForms(IPage page)
    {
        var handlers = new List<string>();
        foreach (var input in await page.Locator("form input[name=_handler]").AllAsync())
        {
            handlers.Add((await input.GetAttributeAsync("value")) ?? "");
        }

        return handlers;
    }

    public static async Task ImportHousehold(HotlineTestHost host, string household, string phone)
    {
        var parts = household.Split('-');
        var csv = $"building,unit,room,phones\n{parts[0]},{parts[1]},{parts[2]},{phone}\n";
        (await host.ClientAs("admin").PostAsync($"/api/organization/projects/{PortalFixture.Project}/households/import",
            new StringContent(csv, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
    }

    /// <summary>The call center registers a ticket for the household; with <paramref name="ownerPhone"/>, the owner's name and that number.</summary>
    public static async Task<Guid> StaffRegisters(HotlineTestHost host, string kind, string household, string text, string? ownerPhone = null)
    {
        var registered = await host.ClientAs("cc-agent-1").PostAsJsonAsync("/api/tickets",
            new { kind, projectId = PortalFixture.Project, text, household, ownerName = ownerPhone is null ? null : "陳小姐", ownerPhone });
        registered.EnsureSuccessStatusCode();
        return (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task Command(HotlineTestHost host, string person, Guid id, string command, object body)
    {
        var response = await host.ClientAs(person).PostAsJsonAsync($"/api/tickets/{id}/{command}", body);
        Assert.True(response.IsSuccessStatusCode, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A repair taken through start, contact and a reported plan to resolved, as the unit does it.</summary>
    public static async Task Resolve(HotlineTestHost host, Guid id, DateTimeOffset now)
    {
        await Command(host, "sunrise-liaison", id, "start", new { });
        await Command(host, "sunrise-liaison", id, "contact", new { department = "EngineeringDept", plan = "更換水龍頭" });
        await Command(host, "sunrise-liaison", id, "report-plan", new { completionDueAt = now.AddDays(1), plan = "更換水龍頭" });
        await Command(host, "sunrise-liaison", id, "resolve", new { note = "已更換水龍頭" });
    }

    public static async Task<Dictionary<string, string>> HiddenFields(ILocator region)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in await region.Locator("form input[type=hidden]").AllAsync())
        {
            fields[(await input.GetAttributeAsync("name"))!] = (await input.GetAttributeAsync("value")) ?? "";
        }

        return fields;
    }

    public static IFormData FormOf(IPage page, Dictionary<string, string> fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }
}
