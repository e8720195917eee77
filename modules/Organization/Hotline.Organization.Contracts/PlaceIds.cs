using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>
/// The ids of the company's branches and of the projects its branches list (defined or not), at the staff directory's
/// <see cref="Version"/>: what a request check needs, read from the company and branch grains only.
/// </summary>
public sealed record PlaceIds(Guid Version, ImmutableHashSet<string> Branches, ImmutableHashSet<string> Projects);
