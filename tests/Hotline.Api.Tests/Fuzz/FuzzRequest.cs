namespace Hotline.Api.Tests.Fuzz;

/// <summary>One generated request and, for the failure report, what was done to it.</summary>
public sealed record FuzzRequest(FuzzEndpoint Endpoint, string Method, string Url, byte[]? Body, string? ContentType, string Flaw, IReadOnlyList<string> Noise)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            // A large body waits for "100 Continue", so a refusal (413) arrives before it is sent, as for a well-behaved client.
            message.Headers.ExpectContinue = Body.Length > 64 * 1024 ? true : null;
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    public override string ToString()
    {
        var url = Url.Length > 160 ? Url[..160] + "…" : Url;
        var noise = Noise.Count == 0 ? "" : $" + noise [{string.Join(", ", Noise)}]";
        return $"{Endpoint}: {Method} {url} ({Body?.Length ?? 0} bytes {ContentType}) flaw: {Flaw}{noise}";
    }
}
