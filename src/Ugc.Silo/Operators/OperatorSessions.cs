using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Operations;
using Ugc.Silo.Dashboard;

namespace Ugc.Silo.Operators;

/// <summary>
/// Server-side login sessions kept in <see cref="IOperatorSessionsGrain"/>, so every silo of the cluster knows them and a
/// logout on one ends the session on all. The cookie carries a random id; the grain keeps only its SHA-256 hash.
/// </summary>
public sealed class OperatorSessions(IGrainFactory grains, TimeProvider time, IOptions<DashboardOptions> options)
{
    private const int MaxIdLength = 128;

    private IOperatorSessionsGrain Grain => grains.GetGrain<IOperatorSessionsGrain>("all");

    /// <summary>How long a session lasts.</summary>
    public TimeSpan Lifetime => options.Value.SessionLifetime;

    /// <summary>Opens a session and returns its id, for the cookie.</summary>
    public async Task<string> OpenAsync(CancellationToken cancellationToken)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await Grain.OpenAsync(Hash(id), now + Lifetime, now).WaitAsync(cancellationToken);
        return id;
    }

    public async Task<bool> IsOpenAsync(string? id, CancellationToken cancellationToken) =>
        id is { Length: > 0 and <= MaxIdLength } && await Grain.IsOpenAsync(Hash(id), time.GetUtcNow()).WaitAsync(cancellationToken);

    public Task CloseAsync(string? id) => id is { Length: > 0 and <= MaxIdLength } ? Grain.CloseAsync(Hash(id)) : Task.CompletedTask;

    private static string Hash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
