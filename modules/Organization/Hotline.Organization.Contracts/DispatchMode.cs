namespace Hotline.Organization.Contracts;

/// <summary>
/// How a project hands its tickets to its handlers (issue 11, A9.2.1 / A10.1.3.3). Stored: never renumber; the default
/// (0) is <see cref="Assign"/>, so a project stored before modes existed reads as assign.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.DispatchMode")]
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DispatchMode>))] // by name in every reader of a project

public enum DispatchMode
{
    /// <summary>The liaison on duty picks a handler for each ticket.</summary>
    Assign = 0,

    /// <summary>On-duty handlers see the project's pool and take tickets; the first take wins.</summary>
    Grab = 1,

    /// <summary>At dispatch the ticket goes to the next on-duty handler of its category, in turn.</summary>
    RoundRobin = 2,
}
