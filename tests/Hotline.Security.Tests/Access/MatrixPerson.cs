using Hotline.Kernel;

namespace Hotline.Security.Tests.Access;

/// <summary>One person of the matrix: their only role, its scope, and whether that scope holds the test resources.</summary>
public sealed record MatrixPerson(string Id, Role Role, ScopeKind Scope, bool InScope);
