using System.Security.Cryptography;
using Hotline.Security.Identity.Settings;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Identity.Tokens;

/// <summary>
/// The key Hotline signs and validates its tokens with: the configured one, else a random key generated once and
/// kept in the database so every silo of the cluster accepts the same tokens.
/// </summary>
public sealed class SigningKeyProvider
{
    private const string SettingName = "token-signing-key";
    private readonly Lazy<SymmetricSecurityKey> _key;

    public SigningKeyProvider(ConfiguredSigningKey configured, SecuritySettingsStore settings) =>
        _key = new Lazy<SymmetricSecurityKey>(() => new SymmetricSecurityKey(
            configured.Bytes ?? Convert.FromBase64String(settings.GetOrCreate(SettingName, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))))
        {
            KeyId = configured.Bytes is null ? "stored" : "configured",
        });

    public SymmetricSecurityKey Key => _key.Value;
}
