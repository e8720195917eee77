namespace Hotline.Api.Tests.Fuzz;

public enum BodyKind
{
    /// <summary>The endpoint reads no body.</summary>
    None,

    /// <summary>A JSON body bound to a type whose properties are known.</summary>
    Typed,

    /// <summary>The handler reads the request itself (HttpRequest, forms, uploads): only its framing can be got wrong generically.</summary>
    Raw,
}
