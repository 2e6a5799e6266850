using Ugc.Contracts.Shoppers;
using Ugc.Grains.Shoppers;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

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

    [Fact]
    public async Task A_claim_answers_at_once_and_is_stored_soon_after()
    {
        var nickname = fixture.Cluster.Client.GetGrain<INicknameGrain>("acme/quietshopper");

        Assert.True(await nickname.ClaimAsync("u7"));

        await Poll.UntilAsync(async () => (await fixture.Cluster.ReadStateAsync<NicknameState>("nickname", nickname.GetGrainId())).UserId == "u7",
            "the written-behind claim is stored");
    }

    [Fact]
    public async Task Confirming_stores_the_claim_now_and_tells_when_another_user_holds_it()
    {
        var nickname = fixture.Cluster.Client.GetGrain<INicknameGrain>("acme/loudshopper");
        Assert.True(await nickname.ClaimAsync("u8"));

        Assert.False(await nickname.ConfirmAsync("u9"));
        Assert.True(await nickname.ConfirmAsync("u8"));
        Assert.Equal("u8", (await fixture.Cluster.ReadStateAsync<NicknameState>("nickname", nickname.GetGrainId())).UserId);
    }
}
