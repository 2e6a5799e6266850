using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Api;

/// <summary>Key scope × endpoint × own/other tenant, over HTTP. Tenant A owns the keys under test; B is the other tenant.</summary>
public sealed class ScopeMatrixTests : IClassFixture<ScopeMatrixTests.TwoTenants>
{
    private readonly TwoTenants _tenants;

    public ScopeMatrixTests(TwoTenants tenants) => _tenants = tenants;

    public static TheoryData<string, string, string, string> Matrix => new()
    {
        // scope,    endpoint,  tenant,  expected
        { "display", "display", "own", "results:1" },
        { "display", "display", "other", "results:0" },
        { "display", "submit", "own", "ERROR_ACCESS_DENIED" },
        { "display", "submit", "other", "ERROR_ACCESS_DENIED" },
        { "display", "admin", "own", "403" },
        { "display", "admin", "other", "403" },
        { "submit", "display", "own", "ERROR_ACCESS_DENIED" },
        { "submit", "display", "other", "ERROR_ACCESS_DENIED" },
        { "submit", "submit", "own", "ok" },
        { "submit", "submit", "other", "rejected" },
        { "submit", "admin", "own", "403" },
        { "submit", "admin", "other", "403" },
        { "admin", "display", "own", "ERROR_ACCESS_DENIED" },
        { "admin", "display", "other", "ERROR_ACCESS_DENIED" },
        { "admin", "submit", "own", "ERROR_ACCESS_DENIED" },
        { "admin", "submit", "other", "ERROR_ACCESS_DENIED" },
        { "admin", "admin", "own", "200" },
        { "admin", "admin", "other", "403" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Key_scope_by_endpoint_by_tenant(string scope, string endpoint, string tenant, string expected)
    {
        var seeded = await _tenants.SeedAsync();
        var key = seeded.KeysOfA[scope];
        var (clientId, product) = tenant == "own" ? ("sm-a", "pa") : ("sm-b", "pb");
        using var http = _tenants.CreateClient();
        switch (endpoint)
        {
            case "display":
            {
                var body = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/products.json?passkey={key}&Filter=Id:{product}"));
                AssertContent(body, expected);
                break;
            }

            case "submit":
            {
                var response = await http.PostAsync($"/data/submitreview.json?passkey={key}", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Action"] = "Preview", ["ProductId"] = product, ["Rating"] = "4", ["Title"] = "Scope check",
                    ["ReviewText"] = "A sturdy backpack with padded straps that carried my laptop comfortably all week.",
                    ["UserNickname"] = $"scoper-{scope}-{tenant}", ["UserId"] = $"scoper-{scope}-{tenant}",
                }));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var body = await UgcApiFactory.JsonAsync(response);
                if (expected == "rejected")
                {
                    Assert.True(body.GetProperty("HasErrors").GetBoolean(), $"a key of A previewed a review of B's product: {body}");
                }
                else
                {
                    AssertContent(body, expected);
                }

                Assert.Equal(JsonValueKind.Null, body.GetProperty("SubmissionId").ValueKind);
                break;
            }

            default:
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
                var response = await http.GetAsync($"/admin/clients/{clientId}");
                Assert.Equal(expected, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (expected != "200")
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }

                break;
            }
        }
    }

    private static void AssertContent(JsonElement body, string expected)
    {
        if (expected.StartsWith("results:", StringComparison.Ordinal))
        {
            Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
            Assert.Equal(int.Parse(expected["results:".Length..], System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("TotalResults").GetInt32());
        }
        else if (expected == "ok")
        {
            Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        }
        else
        {
            Assert.True(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
            Assert.Equal(expected, body.GetProperty("Errors")[0].GetProperty("Code").GetString());
        }
    }

    /// <summary>Routes naming B's tenant answer 403; routes naming only a content id answer 404, so they do not reveal that B's content exists.</summary>
    public static TheoryData<string, string> OtherTenantAdminRoutes => new()
    {
        { "GET", "/admin/clients/sm-b" },
        { "GET", "/admin/clients/sm-b/moderation/queue" },
        { "GET", "/admin/clients/sm-b/syndication" },
        { "GET", "/admin/clients/sm-b/signals/pageview" },
        { "GET", "/admin/clients/sm-b/anomalies?signal=pageview" },
        { "POST", "/admin/clients/sm-b/keys" },
        { "POST", "/admin/clients/sm-b/products" },
        { "DELETE", "/admin/clients/sm-b/shoppers/b-shopper" },
        { "GET", "/admin/content/{b}" },
        { "POST", "/admin/content/{b}/decision" },
        { "POST", "/admin/content/{b}/responses" },
    };

    [Theory]
    [MemberData(nameof(OtherTenantAdminRoutes))]
    public async Task Admin_key_of_A_gets_nothing_on_any_route_of_B(string method, string route)
    {
        var seeded = await _tenants.SeedAsync();
        using var http = _tenants.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", seeded.KeysOfA["admin"]);
        using var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{b}", seeded.ContentOfB, StringComparison.Ordinal));
        if (method == "POST")
        {
            request.Content = route.EndsWith("/products", StringComparison.Ordinal)
                ? JsonContent.Create(new[] { new { id = "hijack", name = "Not yours" } })
                : JsonContent.Create(new { scopes = new[] { "admin" }, decision = "reject", name = "A", response = "Not yours" });
        }

        var response = await http.SendAsync(request);
        Assert.Equal(route.StartsWith("/admin/content/", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Roomy backpack", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"b-shopper\"", text, StringComparison.Ordinal);

        // Nothing of B changed: its content is still there for B's own admin key.
        using var own = _tenants.CreateClient();
        own.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", seeded.AdminOfB);
        var content = await own.GetAsync($"/admin/content/{seeded.ContentOfB}");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        var document = await UgcApiFactory.JsonAsync(content);
        Assert.NotEqual("Rejected", document.GetProperty("status").GetString());
        Assert.Equal(0, document.GetProperty("document").GetProperty("responses").GetArrayLength());
    }

    public sealed record Seeded(IReadOnlyDictionary<string, string> KeysOfA, string AdminOfB, string ContentOfB);

    /// <summary>Tenant A (brand, product pa) with one key per scope; tenant B (retailer, product pb) with one stored review.</summary>
    public sealed class TwoTenants : UgcApiFactory
    {
        private readonly Lock _lock = new();
        private Task<Seeded>? _seed;

        public Task<Seeded> SeedAsync()
        {
            lock (_lock)
            {
                return _seed ??= CreateAsync();
            }
        }

        private async Task<Seeded> CreateAsync()
        {
            await TenantAsync("sm-a", "brand", new { id = "pa", name = "A backpack" });
            var (_, fullOfB) = await TenantAsync("sm-b", "retailer", new { id = "pb", name = "B backpack" });
            using var admin = Admin();
            var keys = new Dictionary<string, string>();
            foreach (var scope in new[] { "display", "submit", "admin" })
            {
                keys[scope] = await KeyAsync(admin, "sm-a", scope);
            }

            var adminOfB = await KeyAsync(admin, "sm-b", "admin");
            using var http = CreateClient();
            var receipt = await JsonAsync(await http.PostAsync($"/data/submitreview.json?passkey={fullOfB}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Action"] = "Submit", ["ProductId"] = "pb", ["Rating"] = "5", ["Title"] = "Roomy",
                ["ReviewText"] = "Roomy backpack with a separate shoe pocket; the zips run smoothly and it sits well.",
                ["UserNickname"] = "b-shopper", ["UserId"] = "b-shopper",
            })));
            Assert.False(receipt.GetProperty("HasErrors").GetBoolean(), receipt.ToString());
            var contentId = receipt.GetProperty("SubmissionId").GetString()!;

            // The review exists for the admin API once moderation has taken it from the stream.
            using var ownAdmin = CreateClient();
            ownAdmin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", adminOfB);
            await Poll.UntilAsync(async () => (await ownAdmin.GetAsync($"/admin/content/{contentId}")).IsSuccessStatusCode,
                "B's review is moderated", TimeSpan.FromSeconds(30));
            return new Seeded(keys, adminOfB, contentId);
        }
    }
}
