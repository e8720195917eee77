using Hotline.Organization.Contracts;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.SignIn;

/// <summary>
/// Owner sign-in by a one-time code texted to a number the household registry lists. Unknown numbers are answered
/// exactly like registered ones (and rate-limited alike) but get no text, so the portal cannot be used to probe numbers.
/// </summary>
public sealed class OwnerSignIn(
    SignInCodeStore store, IHouseholdRegistry households, IEnumerable<IIntakeChannel> channels,
    IOptions<PortalOptions> options, TimeProvider time, ILogger<OwnerSignIn> log)
{
    public async Task<CodeRequestResult> RequestCode(string? rawPhone, CancellationToken ct = default)
    {
        if (OwnerIdentity.From(rawPhone) is not { } owner)
        {
            return new CodeRequestResult(true, null);
        }

        var settings = options.Value;
        var now = time.GetUtcNow();
        if (await store.TryRecordRequest(owner.Key, now, settings.CodeInterval, settings.CodesPerHour, ct) is { } wait)
        {
            return new CodeRequestResult(false, wait);
        }

        if ((await households.FindByPhone(owner.Phone)).Count == 0)
        {
            return CodeRequestResult.Accepted;
        }

        var code = SignInCodes.Next();
        await store.Save(owner.Key, SignInCodes.Hash(owner.Key, code), now + settings.CodeLifetime, ct);
        await Send(owner, code, now, settings, ct);
        return CodeRequestResult.Accepted;
    }

    /// <summary>The owner when the code is their live one (it is then used up); null for a wrong, expired, used or voided code.</summary>
    public async Task<OwnerIdentity?> Verify(string? rawPhone, string? code, CancellationToken ct = default)
    {
        if (OwnerIdentity.From(rawPhone) is not { } owner || !SignInCodes.IsWellFormed(code?.Trim()))
        {
            return null;
        }

        var typed = code!.Trim();
        var used = await store.TryUse(owner.Key, stored => SignInCodes.Matches(stored, owner.Key, typed), time.GetUtcNow(), options.Value.MaxWrongTries, ct);
        // A household removed from the registry since the code was sent no longer signs in.
        return used && (await households.FindByPhone(owner.Phone)).Count > 0 ? owner : null;
    }

    private async Task Send(OwnerIdentity owner, string code, DateTimeOffset now, PortalOptions settings, CancellationToken ct)
    {
        var channel = channels.FirstOrDefault(c => c.Id == settings.CodeChannel);
        if (channel is null)
        {
            log.LogError("No intake channel '{Channel}' ({Key}) is registered: sign-in codes cannot be sent", settings.CodeChannel, "Hotline:Portal:CodeChannel");
            return;
        }

        var minutes = (int)Math.Ceiling(settings.CodeLifetime.TotalMinutes);
        var message = new OwnerMessage(
            $"portal-code:{Guid.NewGuid():N}", OwnerMessageKind.SignInCode, new OwnerAddress(owner.Phone),
            $"【物業客服】您的登入驗證碼為 {code}，{minutes} 分鐘內有效。請勿告知他人。", null, now);
        // Sent at once and not retried: a code is only useful within minutes, and the owner can ask again.
        var result = await channel.Send(message, ct);
        if (result.Outcome != ChannelOutcome.Delivered)
        {
            log.LogWarning("A sign-in code for {Owner} was not sent by {Channel}: {Outcome} {Reason}", owner.Key, channel.Id, result.Outcome, result.Reason);
        }
    }
}
