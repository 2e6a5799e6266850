using Ugc.Contracts.Clients;

namespace Ugc.Silo.Dashboard;

/// <summary>The client list kept by the client directory grain: every client registers itself when created, so it survives restarts.</summary>
public sealed class GrainClientDirectory(IGrainFactory grains) : IClientDirectory
{
    public void Add(string clientId)
    {
        // Clients add themselves on creation; nothing to do for callers that announce them again.
    }

    public Task<IReadOnlyList<string>> GetClientIdsAsync(CancellationToken cancellationToken) =>
        grains.GetGrain<IClientDirectoryGrain>("all").GetAsync();
}
