using System.Security.Cryptography;
using System.Text;
using Ugc.Silo.Hosting;

namespace Ugc.Silo.Gateway;

/// <summary>
/// The operator bearer token: from <c>Ugc:Admin:Token</c>, or generated at first start, kept only as a SHA-256 hash
/// under the data directory and shown once through <see cref="Generated"/>.
/// </summary>
public sealed class OperatorToken
{
    private const string FileName = "operator-token.sha256";
    private readonly byte[] _hash;

    public OperatorToken(UgcHostOptions options)
    {
        if (options.AdminToken is { } configured)
        {
            _hash = Hash(configured);
            return;
        }

        var file = options.IsMemory ? null : Path.Combine(Path.GetFullPath(options.DataDirectory), FileName);
        if (file is not null && File.Exists(file))
        {
            _hash = Convert.FromHexString(File.ReadAllText(file).Trim());
            return;
        }

        var token = "op_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        _hash = Hash(token);
        Generated = token;
        if (file is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, Convert.ToHexString(_hash));
        }
    }

    /// <summary>The token generated at this start, to print once; null when configured or generated before.</summary>
    public string? Generated { get; private set; }

    public bool Verify(string? token) =>
        token is { Length: > 0 and < 1024 } && CryptographicOperations.FixedTimeEquals(Hash(token), _hash);

    /// <summary>Forgets the plain generated token once printed.</summary>
    public void ForgetGenerated() => Generated = null;

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
