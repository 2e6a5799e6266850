namespace Ugc.Silo.Tests.Api;

public sealed class RateLimitTests : IClassFixture<RateLimitTests.LowLimitFactory>
{
    private readonly LowLimitFactory _factory;

    public RateLimitTests(LowLimitFactory factory) => _factory = factory;

    [Fact]
    public async Task Key_over_its_limit_gets_request_limit_reached_with_ratelimit_headers()
    {
        var (display, _) = await _factory.TenantAsync("rl", "brand");
        using var http = _factory.CreateClient();
        var first = await http.GetAsync($"/data/products.json?passkey={display}");
        Assert.Equal("3", first.Headers.GetValues("RateLimit-Limit").Single());
        Assert.Equal("2", first.Headers.GetValues("RateLimit-Remaining").Single());
        await http.GetAsync($"/data/products.json?passkey={display}");
        await http.GetAsync($"/data/products.json?passkey={display}");
        var blocked = await http.GetAsync($"/data/products.json?passkey={display}");
        var body = await UgcApiFactory.JsonAsync(blocked);
        Assert.Equal("ERROR_REQUEST_LIMIT_REACHED", body.GetProperty("Errors")[0].GetProperty("Code").GetString());
        Assert.Equal("0", blocked.Headers.GetValues("RateLimit-Remaining").Single());
    }

    public sealed class LowLimitFactory : UgcApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [.. base.Settings, new("Ugc:Gateway:KeyPermitLimit", "3"), new("Ugc:Gateway:RateLimitWindow", "01:00:00")];
    }
}
