namespace Hotline.Api.Tests.Fuzz;

/// <summary>A route parameter: its name, the handler's type for it and whether the route constrains it to a GUID.</summary>
public sealed record RouteSlot(string Name, FieldType Type, bool GuidConstrained);
