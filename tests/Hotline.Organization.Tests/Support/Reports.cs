using Hotline.Organization.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Organization.Tests.Support;

/// <summary>Issue reports as a registered ticket sends them, with fresh keys so tests never share a count.</summary>
public static class Reports
{
    public static string NewKey(string name) => $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)];

    public static IssueReport New(FakeTimeProvider clock, string key, string household) =>
        new(Guid.NewGuid(), key, household, clock.GetUtcNow());

    public static string Household(int i) => $"{i / 100 + 1}-{i % 100 + 101}";

    /// <summary>Reports one new ticket for each of <paramref name="count"/> households, one after another (a building's issue when <paramref name="local"/>).</summary>
    public static async Task<List<(IssueReport Report, IssueRecordResult Result)>> Households(
        IProjectGrain project, FakeTimeProvider clock, string key, int count, int first = 0, bool local = false)
    {
        var results = new List<(IssueReport, IssueRecordResult)>();
        for (var i = first; i < first + count; i++)
        {
            var report = New(clock, key, Household(i)) with { Local = local };
            results.Add((report, await project.RecordIssue(report)));
        }

        return results;
    }

    public static IssueCount? CountOf(IEnumerable<IssueCount> counts, string key) => counts.SingleOrDefault(c => c.IssueKey == key);
}
