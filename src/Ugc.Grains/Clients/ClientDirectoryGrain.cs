using Ugc.Contracts.Clients;

namespace Ugc.Grains.Clients;

/// <summary>The list of client ids: a few thousand strings even at the scale of the field, so one grain holds it.</summary>
public sealed class ClientDirectoryGrain([PersistentState("directory")] IPersistentState<ClientDirectoryState> state) : Grain, IClientDirectoryGrain
{
    public async Task AddAsync(string clientId)
    {
        if (state.State.ClientIds.Add(clientId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.ClientIds.Order(StringComparer.Ordinal)]);
}

/// <summary>Persisted state of <see cref="ClientDirectoryGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.client-directory-state")]
public sealed class ClientDirectoryState
{
    [Id(0)]
    public HashSet<string> ClientIds { get; set; } = new(StringComparer.Ordinal);
}
