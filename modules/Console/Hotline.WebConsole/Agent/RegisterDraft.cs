using Hotline.CallCenter.Contracts;
using Hotline.Tickets.Contracts.Intake;

namespace Hotline.WebConsole.Agent;

/// <summary>
/// The ticket the agent is writing. Checked first (precheck: suggested category and severity, repeat flag), registered
/// on the next submit; changing what the check depends on asks for a new check. One request id per draft, so a
/// double submit registers one ticket.
/// </summary>
public sealed class RegisterDraft
{
    private string? _kind = "Complaint", _text, _projectId, _household;
    private bool _householdNotGiven;

    public string RequestId { get; private set; } = Guid.NewGuid().ToString("N");

    public string? Kind { get => _kind; set => Changed(ref _kind, value); }

    public string? Text { get => _text; set => Changed(ref _text, value); }

    public string? ProjectId { get => _projectId; set => Changed(ref _projectId, value); }

    public string? Household { get => _household; set => Changed(ref _household, value); }

    public bool HouseholdNotGiven
    {
        get => _householdNotGiven;
        set { if (_householdNotGiven != value) { _householdNotGiven = value; Check = null; } }
    }

    /// <summary>Prefilled with the suggested category by the check; the agent confirms or changes it.</summary>
    public string? Category { get; set; }

    public string? Severity { get; set; }

    /// <summary>The precheck's answer for the text as it is now; null until checked (the submit then checks).</summary>
    public PrecheckAnswer? Check { get; private set; }

    public PrecheckRequest ToPrecheck() => new(ProjectId, HouseholdNotGiven ? null : Household, Kind, Text, null, null);

    /// <summary>Takes the check's suggestion into the form.</summary>
    public void Checked(PrecheckAnswer answer)
    {
        Check = answer;
        Category = answer.Category;
        Severity = answer.SuggestedSeverity;
    }

    /// <summary>As registration takes it; a repeat found by the check is named as such (A11.1.1, the agent saw it).</summary>
    public StaffIntake ToIntake() => new(
        RequestId, Kind, ProjectId, Text, Category, Severity, HouseholdNotGiven ? null : Household, HouseholdNotGiven, Check?.Repeat?.TicketId);

    /// <summary>A new draft for the next call, same household.</summary>
    public void Next()
    {
        RequestId = Guid.NewGuid().ToString("N");
        _text = null;
        Check = null;
        Category = null;
        Severity = null;
    }

    private void Changed(ref string? field, string? value)
    {
        if (field != value)
        {
            field = value;
            Check = null;
        }
    }
}
