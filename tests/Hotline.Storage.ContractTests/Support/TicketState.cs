namespace Hotline.Storage.ContractTests.Support;

/// <summary>
/// A small grain state written through Orleans' default grain-storage serializer (Newtonsoft JSON with
/// type names), which only binds types Orleans knows: hence the generated serializer.
/// </summary>
[GenerateSerializer]
public sealed class TicketState
{
    [Id(0)]
    public string Title { get; set; } = "";

    [Id(1)]
    public int Revision { get; set; }
}
