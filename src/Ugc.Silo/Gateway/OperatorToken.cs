using System.Security.Cryptography;
using System.Text;
using Ugc.Silo.Hosting;

namespace Ugc.Silo.Gateway;

/// <summary>
/// The operator bearer token: from <c>Ugc:Admin:Token</c>, or generated at the cluster's first start and kept only as
/// a SHA-256 hash in grain storage (<see cref="IOperatorTokenGrain"/>), so every silo of a cluster accepts the same
/// token; shown once, by the silo that generated it, through <see cref="Generated"/>. Until
/// <see cref="OperatorTokenLoader"/> has read the stored hash at start, no token verifies.
/// </summary>
public sealed class OperatorToken
{
    /// <summary>The key of the cluster's <see cref="IOperatorTokenGrain"/>.</summary>
    public const string GrainKey = "operator";

    /// <summary>Where a silo of an earlier version kept the hash; adopted when the cluster has none yet.</summary>
    private const string LegacyFileName = "operator-token.sha256";

    private readonly UgcHostOptions _options;
    private volatile byte[]? _hash;

    public OperatorToken(UgcHostOptions options)
    {
        _options = options;
        if (options.AdminToken is { } configured)
        {
            _hash = Hash(configured);
        }
    }

    /// <summary>The token generated at this start, to print once; null when configured, generated before, or by another silo.</summary>
    public string? Generated { get; private set; }

    /// <summary>Whether the hash is known (configured, or read from storage).</summary>
    internal bool IsLoaded => _hash is not null;

    public bool Verify(string? token) =>
        _hash is { } hash && token is { Length: > 0 and < 1024 } && CryptographicOperations.FixedTimeEquals(Hash(token), hash);

    /// <summary>Forgets the plain generated token once printed.</summary>
    public void ForgetGenerated() => Generated = null;

    /// <summary>Reads the cluster's hash, proposing a new token (or an earlier version's stored hash) when there is none.</summary>
    internal async Task LoadAsync(IGrainFactory grains)
    {
        if (_hash is not null)
        {
            return;
        }

        var legacy = LegacyHash();
        var token = legacy is null ? "op_" + Base64Url(RandomNumberGenerator.GetBytes(32)) : null;
        var candidate = legacy ?? Hash(token!);
        var stored = await grains.GetGrain<IOperatorTokenGrain>(GrainKey).EnsureAsync(candidate);
        if (token is not null && CryptographicOperations.FixedTimeEquals(stored, candidate))
        {
            Generated = token;
        }

        _hash = stored;
    }

    private byte[]? LegacyHash()
    {
        if (_options.IsMemory)
        {
            return null;
        }

        var file = Path.Combine(Path.GetFullPath(_options.DataDirectory), LegacyFileName);
        return File.Exists(file) ? Convert.FromHexString(File.ReadAllText(file).Trim()) : null;
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
