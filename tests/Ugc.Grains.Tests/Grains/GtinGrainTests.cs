using Ugc.Contracts.Catalog;

namespace Ugc.Grains.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class GtinGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task Index_adds_updates_and_removes_client_products()
    {
        var gtin = fixture.Cluster.Client.GetGrain<IGtinGrain>("00012345678905");

        await gtin.AddAsync(new GtinMatch("brand", "b-1", "blenders"));
        await gtin.AddAsync(new GtinMatch("retailer", "r-9", null));
        await gtin.AddAsync(new GtinMatch("brand", "b-1", "kitchen"));
        Assert.Equal(
            [new GtinMatch("brand", "b-1", "kitchen"), new GtinMatch("retailer", "r-9", null)],
            await gtin.GetAsync());

        await gtin.RemoveAsync("brand", "b-1");
        await gtin.RemoveAsync("brand", "b-404");
        Assert.Equal([new GtinMatch("retailer", "r-9", null)], await gtin.GetAsync());
    }
}
