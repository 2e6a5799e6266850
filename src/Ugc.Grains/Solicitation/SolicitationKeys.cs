using System.Security.Cryptography;
using System.Text;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// The keys derived (HKDF-SHA256) from the one configured secret: one seals personal data, one signs links, one turns
/// addresses into pseudonyms. Deriving keeps one secret to manage while no key serves two purposes.
/// </summary>
public sealed class SolicitationKeys
{
    public SolicitationKeys(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < 32)
        {
            throw new ArgumentException("The solicitation key must be at least 32 bytes (base64 of 32 random bytes).", nameof(secret));
        }

        Data = Derive(secret, "ugc.solicitation.data");
        Links = Derive(secret, "ugc.solicitation.links");
        Pseudonyms = Derive(secret, "ugc.solicitation.pseudonyms");
        KeyId = Convert.ToHexString(SHA256.HashData(Data), 0, 4).ToLowerInvariant();
    }

    /// <summary>The AES-256-GCM key of personal data.</summary>
    public byte[] Data { get; }

    /// <summary>The HMAC-SHA256 key of link tokens.</summary>
    public byte[] Links { get; }

    /// <summary>The HMAC-SHA256 key of recipient pseudonyms.</summary>
    public byte[] Pseudonyms { get; }

    /// <summary>A short id of the data key, written beside each ciphertext so a later key change is detected.</summary>
    public string KeyId { get; }

    /// <summary>Reads a base64 secret (as configured).</summary>
    public static SolicitationKeys FromBase64(string secret)
    {
        try
        {
            return new SolicitationKeys(Convert.FromBase64String(secret.Trim()));
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("Ugc:Solicitation:Key must be base64 (of 32 random bytes).", nameof(secret), ex);
        }
    }

    /// <summary>A new random secret in base64, for a generated key file.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static byte[] Derive(ReadOnlySpan<byte> secret, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret.ToArray(), 32, salt: [], info: Encoding.UTF8.GetBytes(purpose));
}
