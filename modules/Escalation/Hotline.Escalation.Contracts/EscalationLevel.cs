using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// One rung of the warning ladder in force: how far past due a ticket raises it (A11.1.2 / A11.2 / A11.3.1), the points
/// a verified one deducts (A12), and the roles it is sent to for verification.
/// </summary>
public sealed record EscalationLevel(WarningLevel Level, TimeSpan PastDue, decimal Points, IReadOnlyList<Role> Verifiers);
