using Ugc.Contracts.Shoppers;

namespace Ugc.Grains.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class NicknameGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task First_user_holds_the_nickname_and_may_claim_it_again()
    {
        var nickname = fixture.Cluster.Client.GetGrain<INicknameGrain>("acme/happyshopper");

        Assert.True(await nickname.ClaimAsync("u1"));
        Assert.False(await nickname.ClaimAsync("u2"));
        Assert.True(await nickname.ClaimAsync("u1"));
        Assert.True(await fixture.Cluster.Client.GetGrain<INicknameGrain>("other/happyshopper").ClaimAsync("u2"));
    }
}
