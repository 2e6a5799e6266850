using System.Net.Http.Json;
using System.Text.Json;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Api;

public sealed class EndToEndTests : IClassFixture<UgcApiFactory>
{
    private readonly UgcApiFactory _factory;

    public EndToEndTests(UgcApiFactory factory) => _factory = factory;

    [Fact]
    public async Task Brand_review_is_visible_on_the_brand_product_and_syndicated_to_the_retailer()
    {
        var (_, brandKey) = await _factory.TenantAsync("e2e-brand", "brand", new { id = "skates", name = "Rocket Skates", gtins = new[] { "00012345678905" } });
        var (retailerDisplay, _) = await _factory.TenantAsync("e2e-shop", "retailer", new { id = "sku-1", name = "Skates at Shop", gtins = new[] { "00012345678905" } });
        using var admin = _factory.Admin();
        (await admin.PostAsJsonAsync("/admin/syndication", new { from = "e2e-brand", to = "e2e-shop" })).EnsureSuccessStatusCode();

        using var http = _factory.CreateClient();
        var submit = await http.PostAsync($"/data/submitreview.json?passkey={brandKey}&apiversion=5.4", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "Submit", ["ProductId"] = "skates", ["Rating"] = "5", ["Title"] = "Fast",
            ["ReviewText"] = "These skates are fast, well built and the brakes work better than I expected for the price.",
            ["UserNickname"] = "roadrunner", ["UserId"] = "rr1", ["UserEmail"] = "rr@example.com",
        }));
        var receipt = await UgcApiFactory.JsonAsync(submit);
        Assert.False(receipt.GetProperty("HasErrors").GetBoolean(), receipt.ToString());
        var id = receipt.GetProperty("SubmissionId").GetString();
        Assert.False(string.IsNullOrEmpty(receipt.GetProperty("AuthorSubmissionToken").GetString()));

        JsonElement brandPage = default;
        await Poll.UntilAsync(async () =>
        {
            brandPage = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/reviews.json?passkey={brandKey}&Filter=ProductId:skates&Include=Products&Stats=Reviews"));
            return brandPage.GetProperty("TotalResults").GetInt64() == 1;
        }, "the approved review is visible on the brand's product", TimeSpan.FromSeconds(20));
        var review = brandPage.GetProperty("Results")[0];
        Assert.Equal(id, review.GetProperty("Id").GetString());
        Assert.False(review.GetProperty("IsSyndicated").GetBoolean());
        Assert.DoesNotContain("rr@example.com", brandPage.ToString(), StringComparison.Ordinal);
        var product = brandPage.GetProperty("Includes").GetProperty("Products").GetProperty("skates");
        Assert.Equal(1, product.GetProperty("ReviewStatistics").GetProperty("TotalReviewCount").GetInt32());

        JsonElement shopPage = default;
        await Poll.UntilAsync(async () =>
        {
            shopPage = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/reviews.json?passkey={retailerDisplay}&Filter=ProductId:sku-1"));
            return shopPage.GetProperty("TotalResults").GetInt64() == 1;
        }, "the review is syndicated to the retailer's product", TimeSpan.FromSeconds(20));
        Assert.True(shopPage.GetProperty("Results")[0].GetProperty("IsSyndicated").GetBoolean());

        var stats = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/statistics.json?passkey={retailerDisplay}&Filter=ProductId:sku-1&Stats=Reviews,NativeReviews"));
        var productStats = stats.GetProperty("Results")[0].GetProperty("ProductStatistics");
        Assert.Equal(1, productStats.GetProperty("ReviewStatistics").GetProperty("TotalReviewCount").GetInt32());
        Assert.Equal(0, productStats.GetProperty("NativeReviewStatistics").GetProperty("TotalReviewCount").GetInt32());
    }
}
