namespace Hotline.Portal.SignIn;

/// <summary>
/// The answer to a code request: accepted (whether or not the number is registered: the answer must not tell), a
/// malformed number (<see cref="InvalidPhone"/>), or too soon again (<see cref="RetryAfter"/>).
/// </summary>
public sealed record CodeRequestResult(bool InvalidPhone, TimeSpan? RetryAfter)
{
    public static CodeRequestResult Accepted { get; } = new(false, null);
}
