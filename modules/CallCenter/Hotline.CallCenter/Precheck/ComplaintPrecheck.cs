using Hotline.CallCenter.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;

namespace Hotline.CallCenter.Precheck;

/// <summary><see cref="IComplaintPrecheck"/>: the checks and reads of POST /api/call-center/precheck, which answers from it.</summary>
public sealed class ComplaintPrecheck(
    IGrainFactory grains, IIntakeClassifier classifier, IHouseholdRegistry registry, IRepeatComplaints repeats, ITicketDirectory directory, TimeProvider time)
    : IComplaintPrecheck
{
    /// <summary>The longest text a ticket takes (as registration checks it).</summary>
    public const int MaxTextLength = 4000;

    public async Task<Checked<PrecheckAnswer>> Check(PrecheckRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = new Fields();
        var kind = Enum.GetNames<TicketKind>().FirstOrDefault(n => string.Equals(n, request.Kind?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            fields.Fail("kind", $"must be one of: {string.Join(", ", Enum.GetNames<TicketKind>())}");
        }

        var text = fields.Text("text", request.Text, required: true, MaxTextLength);
        var household = fields.Text("household", request.Household, required: false);
        var location = fields.Text("location", request.Location, required: false);
        var category = fields.Text("category", request.Category, required: false);
        var projectId = fields.Text("projectId", request.ProjectId, required: true);
        var project = fields.Ok ? await fields.Project("projectId", projectId, grains) : null;
        if (!fields.Ok)
        {
            return new(null, fields.Errors);
        }

        if (classifier.Classify(text!, category, project!.Id, location) is not { } classified)
        {
            fields.Fail("category", $"unknown category '{category}'; known: {string.Join(", ", classifier.Categories)}");
            return new(null, fields.Errors);
        }

        // As registration keeps it: the registered label, or the name as given where the project has no registry.
        if (household is not null)
        {
            switch (await registry.Find(project.Id, household))
            {
                case (_, { } registered):
                    household = registered.Label;
                    break;
                case (true, null):
                    fields.Fail("household", $"household '{household}' is not registered in project {project.Id}");
                    return new(null, fields.Errors);
            }
        }

        // A11.1.1 counts complaints and repairs of a named household, as the ticket reports them.
        RepeatOf? repeat = null;
        if (household is not null && kind != nameof(TicketKind.Suggestion)
            && await repeats.EarlierTicket(project.Id, household, classified.IssueKey, time.GetUtcNow(), ct) is { } earlier)
        {
            var summary = await directory.Find(earlier, ct);
            repeat = new RepeatOf(earlier, summary?.Number, summary?.Status.ToString(), summary?.RegisteredAt);
        }

        return new(new PrecheckAnswer(
            classified.Category, classified.SuggestedSeverity.ToString(), classified.IssueKey, classified.ResponsibleDepartment, household, repeat), fields.Errors);
    }
}
