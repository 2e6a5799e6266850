using System.Security.Cryptography;
using System.Text;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// Seals personal data of transactions with AES-256-GCM (a fresh nonce each time, the owner's key as associated data so
/// a ciphertext cannot be moved to another order), and turns e-mail addresses into keyed pseudonyms.
/// </summary>
public sealed class PersonalDataProtector(SolicitationKeys keys)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>Seals <paramref name="plaintext"/> for <paramref name="owner"/>: <c>v1.&lt;keyId&gt;.&lt;base64&gt;</c>.</summary>
    public string Seal(string plaintext, string owner)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + data.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.Data, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize, data.Length), output.AsSpan(NonceSize + data.Length), Encoding.UTF8.GetBytes(owner));
        return $"v1.{keys.KeyId}.{Convert.ToBase64String(output)}";
    }

    /// <summary>Opens a sealed value, or null when it was sealed with another key, for another owner, or altered.</summary>
    public string? Open(string sealedText, string owner)
    {
        var parts = sealedText.Split('.');
        if (parts.Length != 3 || parts[0] != "v1" || parts[1] != keys.KeyId)
        {
            return null;
        }

        try
        {
            var input = Convert.FromBase64String(parts[2]);
            if (input.Length < NonceSize + TagSize)
            {
                return null;
            }

            var length = input.Length - NonceSize - TagSize;
            var plain = new byte[length];
            using var aes = new AesGcm(keys.Data, TagSize);
            aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length), plain, Encoding.UTF8.GetBytes(owner));
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The pseudonym of an address within a client: the same address always gives the same 32 hex digits.</summary>
    public string Pseudonym(string clientId, string email)
    {
        var text = clientId + "\n" + NormalizeEmail(email);
        return Convert.ToHexString(HMACSHA256.HashData(keys.Pseudonyms, Encoding.UTF8.GetBytes(text)), 0, 16).ToLowerInvariant();
    }

    /// <summary>The form of an address compared and hashed: trimmed, lower case.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>An address as operators may see it: <c>j***@shop.example</c>.</summary>
    public static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }
}
