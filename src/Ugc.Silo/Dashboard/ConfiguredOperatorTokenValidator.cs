using System.Security.Cryptography;
using System.Text;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// The default validator: compares SHA-256 hashes with <c>Ugc:Admin:Token</c> in constant time. Without a configured
/// token nothing validates, so the dashboard stays closed rather than open.
/// </summary>
public sealed class ConfiguredOperatorTokenValidator(IConfiguration configuration) : IOperatorTokenValidator
{
    private readonly byte[]? _hash = configuration["Ugc:Admin:Token"] is { Length: > 0 } token ? Hash(token) : null;

    public bool Validate(string token) =>
        _hash is not null && token is { Length: > 0 and < 1024 } && CryptographicOperations.FixedTimeEquals(Hash(token), _hash);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
