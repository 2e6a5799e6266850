using System.Security.Cryptography;
using System.Text;

namespace Ugc.Grains.Clients;

/// <summary>
/// API keys are <c>{clientId}.{keyId}.{secret}</c>: the gateway finds the client from the key, the client keeps only
/// a SHA-256 of the secret. The secret has 256 random bits, so a fast hash is enough (no password stretching).
/// </summary>
public static class ApiKeyHasher
{
    public static (string KeyId, string Secret) NewKey() =>
        (Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant(), Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Splits a key into client id, key id and secret; false when it has not that shape.</summary>
    public static bool TryParse(string? key, out string clientId, out string keyId, out string secret)
    {
        clientId = keyId = secret = "";
        var parts = key?.Split('.');
        if (parts is not [{ Length: > 0 } c, { Length: > 0 } k, { Length: > 0 } s])
        {
            return false;
        }

        (clientId, keyId, secret) = (c, k, s);
        return true;
    }

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
