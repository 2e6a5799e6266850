using System.Collections.Concurrent;

namespace Ugc.Silo.Dashboard;

/// <summary>The default directory: the ids the host registered since start, held in memory on this silo.</summary>
public sealed class InMemoryClientDirectory : IClientDirectory
{
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);

    public void Add(string clientId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        _ids.TryAdd(clientId, 0);
    }

    public Task<IReadOnlyList<string>> GetClientIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. _ids.Keys.Order(StringComparer.Ordinal)]);
}
