using Hotline.Kernel;

namespace Hotline.Security.Contracts.Access;

/// <summary>
/// Reads a report's <c>scope</c> query value for the access policy. The Reporting module implements it with the one
/// parser its endpoints use, so the access check and the report agree on what a scope says.
/// </summary>
public interface IReportScopeReader
{
    /// <summary>The scope's kind and its branch or project id (null for the company); false when the text is no scope.</summary>
    bool TryRead(string text, out ScopeKind kind, out string? id);
}
