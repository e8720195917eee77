using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The argument checks transitions share.</summary>
public static class Arguments
{
    /// <summary>A required text: present, not blank and within <see cref="TicketTransitions.MaxTextLength"/>; else the refusal naming <paramref name="field"/>.</summary>
    public static Transition? Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? Transition.Invalid(field, "is required")
        : value.Length > TicketTransitions.MaxTextLength ? Transition.Invalid(field, $"must be at most {TicketTransitions.MaxTextLength} characters")
        : null;
}
