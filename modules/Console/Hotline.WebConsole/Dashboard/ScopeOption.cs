namespace Hotline.WebConsole.Dashboard;

/// <summary>A scope the chooser offers: as the address writes it (<c>company</c>, <c>branch:{id}</c>, <c>project:{id}</c>) and as the person reads it.</summary>
public sealed record ScopeOption(string Value, string Label);
