namespace Hotline.Plugins.Abstractions;

/// <summary>What <see cref="IIntakeChannel.Parse"/> found in a request: exactly one of a message, nothing to do, or a refusal.</summary>
public sealed record InboundParse
{
    private InboundParse()
    {
    }

    /// <summary>A message from an owner.</summary>
    public InboundMessage? Message { get; private init; }

    /// <summary>The field of the request that is wrong (as the provider names it, e.g. <c>from</c>), for a refusal.</summary>
    public string? Field { get; private init; }

    /// <summary>Why the request is refused or ignored, in a sentence that holds no personal data.</summary>
    public string? Detail { get; private init; }

    /// <summary>True for a request that carries nothing for Hotline (a delivery receipt, a ping): stored and answered 200.</summary>
    public bool Ignored { get; private init; }

    public static InboundParse Of(InboundMessage message) => new() { Message = message ?? throw new ArgumentNullException(nameof(message)) };

    public static InboundParse Ignore(string detail) => new() { Ignored = true, Detail = detail };

    /// <summary>The request is malformed: the host answers 400 naming <paramref name="field"/> and keeps the raw request, marked refused.</summary>
    public static InboundParse Refuse(string field, string detail) => new() { Field = field, Detail = detail };
}
