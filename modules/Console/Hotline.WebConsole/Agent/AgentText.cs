namespace Hotline.WebConsole.Agent;

/// <summary>
/// The agent workspace's words in one language (<see cref="AgentTexts"/> holds the three): the feature's own table, so a
/// missing word is a compile error and the shared <c>ConsoleText</c> stays untouched.
/// </summary>
public sealed record AgentText
{
    public required string Workspace { get; init; }
    public required string FindOwner { get; init; }
    public required string ByPhone { get; init; }
    public required string ByAddress { get; init; }
    public required string Find { get; init; }
    public required string NoOwner { get; init; }
    public required string Households { get; init; }
    public required string Phones { get; init; }
    public required string OpenTickets { get; init; }
    public required string RecentTickets { get; init; }
    public required string None { get; init; }
    public required string UseHousehold { get; init; }
    public required string RegisterHeading { get; init; }
    public required string CheckHint { get; init; }
    public required string Check { get; init; }
    public required string Register { get; init; }
    public required string Suggested { get; init; }
    public required string Repeat { get; init; }
    public required string Registered { get; init; }
    public required string OpenTicket { get; init; }
    public required string NextCall { get; init; }
    public required string Rejected { get; init; }
    public required string Incoming { get; init; }
    public required string UnknownCaller { get; init; }
    public required string FillSearch { get; init; }
    public required string Dismiss { get; init; }

    /// <summary>The API's field names in words: errors name the field the agent sees.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    public required IReadOnlyDictionary<string, string> Severities { get; init; }

    /// <summary>The field's word, else the API's name (a new field shows, never a blank).</summary>
    public string Field(string name) => Fields.TryGetValue(name, out var word) ? word : name;
}
