using Ugc.Contracts.Clients;
using Ugc.Grains.Clients;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Scenarios;

[Collection(DomainCollection.Name)]
public sealed class ClientScenarioTests(DomainFixture domain)
{
    [Fact]
    public async Task A_new_client_is_listed_and_its_keys_are_stored_hashed_and_revoked_at_once()
    {
        var id = await domain.CreateClientAsync("tenant", ClientKind.Retailer);
        var client = domain.Grains.GetGrain<IClientGrain>(id);

        Assert.Contains(id, await domain.Grains.GetGrain<IClientDirectoryGrain>("all").GetAsync());
        var issued = await client.IssueKeyAsync([ApiScopes.Display, ApiScopes.Submit]);
        var validation = await client.ValidateKeyAsync(issued.Key);
        Assert.Equal(id, validation!.ClientId);
        Assert.True(validation.Allows(ApiScopes.Submit));
        Assert.False(validation.Allows(ApiScopes.Admin));

        var stored = await domain.Cluster.ReadStateAsync<ClientState>("client", client.GetGrainId());
        var secret = System.Text.Encoding.UTF8.GetBytes(issued.Key.Split('.')[2]);
        Assert.Single(stored.Keys);
        Assert.True(domain.Cluster.StoredBytes(stored).AsSpan().IndexOf(secret) < 0, "the stored client state holds the plain secret");

        Assert.Null(await client.ValidateKeyAsync(issued.Key[..^1] + (issued.Key[^1] == 'a' ? 'b' : 'a')));
        await client.RevokeKeyAsync(issued.Id);
        Assert.Null(await client.ValidateKeyAsync(issued.Key));
    }
}
