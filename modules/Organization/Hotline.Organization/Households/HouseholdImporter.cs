using System.Text;
using Hotline.Live.Contracts;
using Hotline.Organization.Changes;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Households;

/// <summary>The one household import (API endpoint and console form): the whole file or nothing, every problem named by line and column.</summary>
public sealed class HouseholdImporter(IGrainFactory grains, HouseholdStore store, ILivePublisher live, TimeProvider time) : IHouseholdImporter
{
    public const int MaxFileBytes = IHouseholdImporter.MaxFileBytes;

    public async Task<HouseholdImportOutcome?> Import(string projectId, Stream csv)
    {
        if (await grains.GetGrain<IProjectGrain>(projectId).GetInfo() is not { } project)
        {
            return null;
        }

        if (await ReadText(csv) is not { } text)
        {
            return new(projectId, 0, 0, [new(0, "file", $"the body must be a UTF-8 CSV file of at most {MaxFileBytes / (1024 * 1024)} MiB")]);
        }

        var (rows, problems) = HouseholdCsv.Parse(text);
        if (problems.Count > 0)
        {
            return new(projectId, 0, 0, [.. problems.Select(p => new HouseholdLineProblem(p.Row, p.Column, p.Problem))]);
        }

        var registered = await store.Import(projectId, rows, time.GetUtcNow());
        live.Publish(OrganizationChange.Project(projectId, project.BranchId, time.GetUtcNow()));
        return new(projectId, rows.Count, registered, []);
    }

    private static async Task<string?> ReadText(Stream body)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
