using System.Security.Cryptography;
using System.Text;
using Ugc.Contracts.Operations;
using Ugc.Silo.Hosting;

namespace Ugc.Silo.Operators;

/// <summary>
/// The one validator of the operator token. The token comes from <c>Ugc:Admin:Token</c> (every silo is configured
/// alike), or is generated: the first silo of the service stores its hash in <see cref="IOperatorTokenGrain"/> and
/// prints the token once; every other silo and every restart validates against that stored hash.
/// </summary>
public sealed class OperatorToken(UgcHostOptions options, IGrainFactory grains)
{
    // Where an earlier version kept the generated token's hash; read once so an existing token keeps working.
    private const string LegacyFileName = "operator-token.sha256";
    private byte[]? _hash;

    /// <summary>The token generated at this start, to print once; null when configured or generated before.</summary>
    public string? Generated { get; private set; }

    /// <summary>Loads (or generates and stores) the hash; the host runs it once the silo has started, before serving.</summary>
    public async Task InitializeAsync()
    {
        if (options.AdminToken is { } configured)
        {
            _hash = Hash(configured);
            return;
        }

        var token = "op_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var candidate = Convert.ToHexString(Hash(token));
        var stored = await grains.GetGrain<IOperatorTokenGrain>("operator").EnsureHashAsync(LegacyHash() ?? candidate);
        _hash = Convert.FromHexString(stored);
        Generated = stored == candidate ? token : null;
    }

    /// <summary>True when <paramref name="token"/> is the operator token (constant-time comparison of hashes).</summary>
    public bool Verify(string? token) =>
        _hash is { } hash && token is { Length: > 0 and < 1024 } && CryptographicOperations.FixedTimeEquals(Hash(token), hash);

    /// <summary>Forgets the plain generated token once printed.</summary>
    public void ForgetGenerated() => Generated = null;

    private string? LegacyHash()
    {
        var file = options.IsMemory ? null : Path.Combine(Path.GetFullPath(options.DataDirectory), LegacyFileName);
        return file is not null && File.Exists(file) ? File.ReadAllText(file).Trim().ToUpperInvariant() : null;
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
