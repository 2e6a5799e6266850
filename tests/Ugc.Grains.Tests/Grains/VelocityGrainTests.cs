using Orleans.Core.Internal;
using Ugc.Contracts.Shoppers;

namespace Ugc.Grains.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class VelocityGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Sixth_of_five_per_ten_minutes_is_blocked_until_the_window_passes()
    {
        var grain = fixture.Cluster.Client.GetGrain<IVelocityGrain>("device:fp");
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await grain.TryAcquireAsync(5, TenMinutes)).Allowed, $"attempt {i + 1} is allowed");
            fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        var (allowed, retryAfter) = await grain.TryAcquireAsync(5, TenMinutes);
        Assert.False(allowed);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TenMinutes + TimeSpan.FromMinutes(1));

        // Blocked attempts are not counted, so the block ends when the first accepted ones leave the window.
        fixture.Clock.Advance(retryAfter.Value);
        Assert.True((await grain.TryAcquireAsync(5, TenMinutes)).Allowed);
    }

    [Fact]
    public async Task Record_counts_unconditionally_per_window()
    {
        var grain = fixture.Cluster.Client.GetGrain<IVelocityGrain>("text:abc123");

        Assert.Equal(1, await grain.RecordAsync(TenMinutes));
        Assert.Equal(2, await grain.RecordAsync(TenMinutes));
        Assert.Equal(1, await grain.RecordAsync(TimeSpan.FromDays(1)));
        fixture.Clock.Advance(TimeSpan.FromMinutes(12));

        Assert.Equal(1, await grain.RecordAsync(TenMinutes));
        Assert.Equal(2, await grain.RecordAsync(TimeSpan.FromDays(1)));
    }

    [Fact]
    public async Task Acquire_answer_survives_serialization_to_the_client()
    {
        // The test cluster's client reaches the silos over a transport: every answer crosses the serializer.
        var grain = fixture.Cluster.Client.GetGrain<IVelocityGrain>("ip:remote");

        Assert.True((await grain.TryAcquireAsync(1, TenMinutes)).Allowed);
        Assert.NotNull((await grain.TryAcquireAsync(1, TenMinutes)).RetryAfter);
    }

    [Fact]
    public async Task A_text_is_refused_again_within_the_window_by_its_shard_and_accepted_after()
    {
        var fingerprint = 0x5eed_0000_0000_0042UL;
        var shard = fixture.Cluster.Client.GetGrain<IDuplicateTextGrain>(Shoppers.DuplicateTextGrain.Key("texts", fingerprint));

        Assert.True(await shard.TryClaimAsync(fingerprint, TimeSpan.FromDays(365), "first"));
        Assert.False(await shard.TryClaimAsync(fingerprint, TimeSpan.FromDays(365), "second"));
        Assert.True(await shard.TryClaimAsync(fingerprint + Shoppers.DuplicateTextGrain.Shards, TimeSpan.FromDays(365), "third"));
        fixture.Clock.Advance(TimeSpan.FromDays(366));

        Assert.True(await shard.TryClaimAsync(fingerprint, TimeSpan.FromDays(365), "fourth"));
    }

    [Fact]
    public async Task The_same_content_claiming_its_text_again_is_not_a_duplicate_and_the_claim_survives_reactivation()
    {
        // A submission's checks are sent again when a call of theirs was rejected by a leaving silo after the claim ran.
        var fingerprint = 0x5eed_0000_0000_0077UL;
        var shard = fixture.Cluster.Client.GetGrain<IDuplicateTextGrain>(Shoppers.DuplicateTextGrain.Key("retried-texts", fingerprint));

        Assert.True(await shard.TryClaimAsync(fingerprint, TimeSpan.FromDays(365), "content-1"));
        Assert.True(await shard.TryClaimAsync(fingerprint, TimeSpan.FromDays(365), "content-1"));
        await shard.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        Assert.True(await shard.TryClaimAsync(fingerprint, TimeSpan.FromDays(365), "content-1"));
        Assert.False(await shard.TryClaimAsync(fingerprint, TimeSpan.FromDays(365), "content-2"));
    }
}
